/**
 * The map's edit tools, shown while editing: place the selected event with a click, or draw a
 * line or an area vertex by vertex (Enter or a double click finishes, Escape cancels). Each
 * result is one `set-place` edit through the store, so Undo takes it back. Without a pointer,
 * the event's form does the same by typed coordinates or the gazetteer (src/editor/PlaceField).
 */
import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { Layer, Source, useMap, type MapLayerMouseEvent } from 'react-map-gl/maplibre';
import type { Feature, FeatureCollection } from 'geojson';
import { selectSelectedEvent } from '../state/selectors';
import { useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import {
  MIN_VERTICES,
  clickPosition,
  drawnGeometry,
  drawnPlace,
  type DrawMode,
} from './draw-place';
import { RadiusHandle } from './RadiusHandle';
import '../i18n/lazy/map-edit';

type Position = [number, number];

const DRAW_SOURCE = 'dateline-draw';

/** `onDrawing` tells the map view to leave clicks to the tool while one is drawing. */
export function MapEditTools({ onDrawing }: { onDrawing: (drawing: boolean) => void }) {
  const m = useMessages().mapEdit;
  const { current: mapRef } = useMap();
  const event = useDateline(selectSelectedEvent);
  const applyEdit = useDateline((state) => state.applyEdit);
  // A drawing belongs to the event selected when it began: selecting another one ends it.
  const [drawing, setDrawing] = useState<{ mode: DrawMode; eventId: string }>();
  const mode = drawing && drawing.eventId === event?.id ? drawing.mode : undefined;
  const [vertices, setVertices] = useState<readonly Position[]>([]);
  const [said, setSaid] = useState('');

  const stop = useCallback(() => {
    setDrawing(undefined);
    setVertices([]);
  }, []);

  const finish = useCallback(
    (drawing: DrawMode, points: readonly Position[]) => {
      const geometry = drawnGeometry(drawing, points);
      if (!geometry || !event) return;
      const result = applyEdit({
        type: 'set-place',
        eventId: event.id,
        place: drawnPlace(event.place, event.title, geometry),
      });
      setSaid(result.ok ? m.placed(event.title) : result.reason);
      stop();
    },
    [applyEdit, event, m, stop],
  );

  // A layout effect, so the tool is armed within the click that chose it: the map's click handler
  // is on, and the map view's answer to `onDrawing` (the edge buttons over the map hidden) is
  // rendered before the next click is read. From a passive effect that answer was a render of its
  // own, queued behind the map's frames (60 to 230 ms on a busy page), and the browser reads input
  // first: a click meant for the tool could meet an edge button, and nothing was placed.
  useLayoutEffect(() => {
    onDrawing(mode !== undefined);
    const map = mapRef?.getMap();
    if (!map || !mode) return undefined;
    map.doubleClickZoom.disable();
    map.getCanvas().style.cursor = 'crosshair';
    const click = (clicked: MapLayerMouseEvent) => {
      const at = clickPosition(clicked.lngLat.lng, clicked.lngLat.lat);
      if (mode === 'point') finish(mode, [at]);
      else setVertices((all) => [...all, at]);
    };
    const doubleClick = () => finish(mode, vertices);
    const keys = (key: KeyboardEvent) => {
      if (key.key === 'Escape') stop();
      else if (key.key === 'Enter') finish(mode, vertices);
      else return;
      // Used here: the details' Escape and a focused button's Enter must not act too.
      key.preventDefault();
      key.stopPropagation();
    };
    map.on('click', click);
    map.on('dblclick', doubleClick);
    document.addEventListener('keydown', keys, true);
    return () => {
      map.off('click', click);
      map.off('dblclick', doubleClick);
      document.removeEventListener('keydown', keys, true);
      map.doubleClickZoom.enable();
      map.getCanvas().style.cursor = '';
      onDrawing(false);
    };
  }, [mapRef, mode, vertices, finish, stop, onDrawing]);

  const preview = useMemo((): FeatureCollection => {
    const features: Feature[] = vertices.map((coordinates) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates },
    }));
    const first = vertices[0];
    if (first && vertices.length > 1) {
      const path: Position[] = mode === 'area' ? [...vertices, first] : [...vertices];
      features.unshift({
        type: 'Feature',
        properties: {},
        geometry: { type: 'LineString', coordinates: path },
      });
    }
    return { type: 'FeatureCollection', features };
  }, [vertices, mode]);

  const hint =
    mode === 'point'
      ? m.pointHint
      : mode === 'line'
        ? m.lineHint(vertices.length)
        : mode === 'area'
          ? m.areaHint(vertices.length)
          : event
            ? said
            : m.selectFirst;

  const tool = (which: DrawMode, label: string) => (
    <button
      type="button"
      className="map-edit-tools__button"
      aria-pressed={mode === which}
      disabled={!event}
      onClick={() => {
        setSaid('');
        setVertices([]);
        setDrawing(mode === which || !event ? undefined : { mode: which, eventId: event.id });
      }}
    >
      {label}
    </button>
  );

  return (
    <div className="map-edit-tools" role="group" aria-label={m.tools}>
      <div className="map-edit-tools__row">
        {tool('point', m.point)}
        {tool('line', m.line)}
        {tool('area', m.area)}
      </div>
      {mode !== undefined && mode !== 'point' && (
        <div className="map-edit-tools__row">
          <button
            type="button"
            className="map-edit-tools__button"
            disabled={vertices.length < MIN_VERTICES[mode]}
            onClick={() => finish(mode, vertices)}
          >
            {m.finish}
          </button>
          <button type="button" className="map-edit-tools__button" onClick={stop}>
            {m.cancel}
          </button>
        </div>
      )}
      <p className="map-edit-tools__hint" aria-live="polite">
        {hint}
      </p>
      <p className="visually-hidden">{m.keyboard}</p>
      {mode === undefined && <RadiusHandle />}
      <Source id={DRAW_SOURCE} type="geojson" data={preview}>
        <Layer
          id={`${DRAW_SOURCE}-line`}
          type="line"
          filter={['==', ['geometry-type'], 'LineString']}
          paint={{ 'line-color': '#111111', 'line-width': 2, 'line-dasharray': [2, 1] }}
        />
        <Layer
          id={`${DRAW_SOURCE}-vertex`}
          type="circle"
          filter={['==', ['geometry-type'], 'Point']}
          paint={{
            'circle-radius': 5,
            'circle-color': '#ffffff',
            'circle-stroke-color': '#111111',
            'circle-stroke-width': 2,
          }}
        />
      </Source>
    </div>
  );
}
