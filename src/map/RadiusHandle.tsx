/**
 * The radius handle: while editing, a round handle on the edge of the selected point's
 * uncertainty circle, due east of it. Dragging it sets the radius, live, as one undo step per
 * drag; as a slider it takes the arrow keys, one undo step per press (a key held down, repeating,
 * is one press). Only for a Point: a line's
 * or an area's margin has no single edge to hold.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Marker, type MarkerDragEvent } from 'react-map-gl/maplibre';
import { MAX_RADIUS_KM, eastOf, radiusAfterKey, radiusAt } from '../geo/radius-handle';
import type { LonLat } from '../geo/geometry';
import { selectSelectedEvent } from '../state/selectors';
import { useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import '../i18n/lazy/map-edit';

export function RadiusHandle() {
  const m = useMessages().mapEdit;
  const event = useDateline(selectSelectedEvent);
  const applyEdit = useDateline((state) => state.applyEdit);
  const hintId = useId();
  // Each drag and each key press (with its repeats) is its own undo group: the store's default group for the
  // radius would join every change to one event's radius into a single step.
  const steps = useRef(0);
  const group = useRef('');
  // Where the pointer holds the handle: it follows the pointer, not the rounded radius.
  const [held, setHeld] = useState<LonLat>();
  // MapLibre listens for keys on its canvas container, which holds the marker, and pans the map
  // on the arrows before React's own listener (at the root) sees them: the handle takes its
  // keys natively and stops them there.
  const [handle, setHandle] = useState<HTMLDivElement | null>(null);
  const selectedId = event?.id;
  const selectedKm = event?.place?.uncertaintyKm;
  useEffect(() => {
    if (!handle || selectedId === undefined || selectedKm === undefined) return undefined;
    const listener = (pressed: KeyboardEvent) => {
      const next = radiusAfterKey(selectedKm, pressed);
      if (next === undefined) return;
      pressed.preventDefault();
      pressed.stopPropagation();
      if (next === selectedKm) return;
      // A held arrow key repeats: the run of repeats joins the press that began it.
      if (!pressed.repeat) steps.current += 1;
      applyEdit(
        { type: 'set-uncertainty', eventId: selectedId, km: next },
        `radius-handle:${selectedId}:${steps.current}`,
      );
    };
    handle.addEventListener('keydown', listener);
    return () => handle.removeEventListener('keydown', listener);
  }, [handle, selectedId, selectedKm, applyEdit]);

  const geometry = event?.place?.geometry;
  if (!event?.place || geometry?.type !== 'Point') return null;
  const centre: LonLat = [geometry.coordinates[0] ?? 0, geometry.coordinates[1] ?? 0];
  const km = event.place.uncertaintyKm;
  const eventId = event.id;
  const [longitude, latitude] = held ?? eastOf(centre, km);

  const startDrag = () => {
    steps.current += 1;
    group.current = `radius-handle:${eventId}:${steps.current}`;
  };
  const drag = (moved: MarkerDragEvent) => {
    const at: LonLat = [moved.lngLat.lng, moved.lngLat.lat];
    setHeld(at);
    const next = radiusAt(centre, at);
    if (next !== km) applyEdit({ type: 'set-uncertainty', eventId, km: next }, group.current);
  };

  return (
    <Marker
      longitude={longitude}
      latitude={latitude}
      draggable
      onDragStart={startDrag}
      onDrag={drag}
      onDragEnd={(ended) => {
        drag(ended);
        setHeld(undefined);
      }}
    >
      <div
        className="radius-handle"
        role="slider"
        tabIndex={0}
        aria-label={m.radius}
        aria-describedby={hintId}
        aria-valuemin={0}
        aria-valuemax={MAX_RADIUS_KM}
        aria-valuenow={km}
        aria-valuetext={m.radiusKm(km)}
        ref={setHandle}
      />
      <span id={hintId} className="visually-hidden">
        {m.radiusHint}
      </span>
    </Marker>
  );
}
