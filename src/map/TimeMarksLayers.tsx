/**
 * A large story's point marks, drawn on the GPU (time-marks/): built once per story and theme,
 * added beneath the basemap's labels (and the selection on top), then driven straight from the
 * store, outside React, so a scrub step re-renders nothing and re-tiles nothing (MapView draws
 * such a step's basemap and labels from copies: frame-copies/basemap-snapshot.ts).
 */
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { Story } from '../story/story';
import { useDatelineStore } from '../state/store-context';
import type { DatelineState } from '../state/store';
import { FIRST_LABEL_LAYER_ID } from './basemap-style';
import type { MapTheme } from './event-layers';
import { timeMarksOf } from './time-marks/time-marks-of';
import { marksOnMap, type TimeMarks } from './time-marks/time-marks-layer';

interface TimeMarksLayersProps {
  readonly story: Story;
  readonly theme: MapTheme;
  /** Receives the marks while they are on the map (MapView picks hovered and clicked marks). */
  readonly onMarks: (marks: TimeMarks | undefined) => void;
}

function indexOf(marks: TimeMarks, id: string | undefined): number {
  return id === undefined ? -1 : (marks.data.indexOf.get(id) ?? -1);
}

function apply(marks: TimeMarks, state: DatelineState, previous?: DatelineState): void {
  if (state.window !== previous?.window) marks.setWindow(state.window.from, state.window.to);
  if (state.selectedId !== previous?.selectedId)
    marks.setSelected(indexOf(marks, state.selectedId));
  if (state.hoveredId !== previous?.hoveredId) marks.setHovered(indexOf(marks, state.hoveredId));
}

export function TimeMarksLayers({ story, theme, onMarks }: TimeMarksLayersProps) {
  const { current } = useMap();
  const store = useDatelineStore();
  const marks = useMemo(() => timeMarksOf(story, theme), [story, theme]);

  useEffect(() => {
    const map = current?.getMap();
    if (!map) return undefined;
    const { below, above } = marks.layers();
    map.addLayer(below, map.getLayer(FIRST_LABEL_LAYER_ID) ? FIRST_LABEL_LAYER_ID : undefined);
    map.addLayer(above);
    apply(marks, store.getState());
    const unsubscribe = store.subscribe((state, previous) => apply(marks, state, previous));
    onMarks(marks);
    marksOnMap.set(map, marks);
    return () => {
      unsubscribe();
      onMarks(undefined);
      marksOnMap.delete(map);
      // The map may already be gone (a lost context rebuilds it).
      if (map.getLayer(above.id)) map.removeLayer(above.id);
      if (map.getLayer(below.id)) map.removeLayer(below.id);
    };
  }, [current, marks, store, onMarks]);

  return null;
}
