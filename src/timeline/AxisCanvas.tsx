/**
 * The event marks and the axis, on one canvas (hidden from assistive technology: the sliders,
 * buttons and the event list carry the same information). Pointer: hover shows a title, click
 * selects, drag pans, pinch or Ctrl/⌘ + wheel zooms around the pointer.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { useDateline, useDatelineStore } from '../state/store-context';
import type { Story } from '../story/story';
import { formatEventTime } from '../time/format-date';
import { axisTicks } from '../time/time-ticks';
import { panAxis, zoomAxis, type TimeScale } from '../time/time-scale';
import type { TimeWindow } from '../time/time-window';
import { laneAt, laneCentre, POINT_LANES, type AxisGeometry } from './axis-geometry';
import { drawAxis, readAxisColors } from './draw-axis';
import { bucketUnitFor, storyHistogram } from './event-histogram';
import { findPlaced, hitMark, placeMarks, storyMarks, type PlacedMark } from './event-layout';
import { limitsOf } from './timeline-actions';
import { useFrameThrottle } from './use-frame-throttle';
import { useLocale } from '../ui/messages-context';

/** Half the tooltip's widest (CSS max-width 240 px): it is kept inside the axis. */
const TIP_HALF = 120;

/** Movement (px) before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 4;

interface Press {
  readonly x: number;
  readonly axis: TimeWindow;
  readonly msPerPx: number;
  readonly hit: number | undefined;
  moved: boolean;
}

interface Pinch {
  readonly distance: number;
  readonly anchor: number;
  readonly axis: TimeWindow;
}

/** Canvas view of a story's events on the current axis. */
export function AxisCanvas({
  story,
  scale,
  geometry,
}: {
  story: Story;
  scale: TimeScale;
  geometry: AxisGeometry;
}) {
  const store = useDatelineStore();
  const selectedId = useDateline((state) => state.selectedId);
  const hoveredId = useDateline((state) => state.hoveredId);
  const locale = useLocale();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const scaleRef = useRef(scale);
  const press = useRef<Press | undefined>(undefined);
  const pointers = useRef(new Map<number, number>());
  const pinch = useRef<Pinch | undefined>(undefined);
  const [tip, setTip] = useState<{ index: number; x: number; lane: number } | undefined>(undefined);
  const axisUpdate = useFrameThrottle((axis: TimeWindow) => store.getState().setAxis(axis));

  const marks = storyMarks(story);
  const placed = useMemo(
    () => placeMarks(marks, scale, geometry.barLanes, POINT_LANES),
    [marks, scale, geometry],
  );
  const ticks = useMemo(
    () => axisTicks(scale.domain, scale.width, marks.timed ? 'hour' : 'day', locale),
    [scale, marks, locale],
  );
  // Counted once per story and unit (cached in event-histogram.ts); a pan only reads it.
  const unit = bucketUnitFor(scale.msPerPx);
  const histogram = useMemo(
    () => (geometry.histogramHeight > 0 ? storyHistogram(marks, unit) : undefined),
    [marks, unit, geometry],
  );
  const selected = selectedId === undefined ? undefined : marks.indexOf.get(selectedId);
  const hovered = hoveredId === undefined ? undefined : marks.indexOf.get(hoveredId);

  useEffect(() => {
    scaleRef.current = scale;
  }, [scale]);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || scale.width <= 0) return;
    const ratio = window.devicePixelRatio || 1;
    // Resizing the backing store clears and reallocates it: only when the size really changed.
    const pixelWidth = Math.round(scale.width * ratio);
    const pixelHeight = Math.round(geometry.canvasHeight * ratio);
    if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
    if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
    // jsdom has no canvas; a browser that refuses a 2D context still gets the sliders and list.
    // willReadFrequently keeps the canvas on the CPU: thousands of tiny paths draw far faster
    // there than through a software GL fallback (a blocklisted GPU, a headless browser).
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawAxis(ctx, {
      scale,
      geometry,
      ticks,
      marks,
      placed,
      histogram,
      selected,
      hovered,
      colors: readAxisColors(canvas, marks.looks),
    });
  }, [scale, geometry, ticks, marks, placed, histogram, selected, hovered]);

  // Ctrl/⌘ + wheel (and trackpad pinch, which browsers send as Ctrl + wheel) zooms; a sideways
  // swipe pans. A plain vertical wheel is left to the page: scrolling is never trapped.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    const onWheel = (event: WheelEvent) => {
      const current = scaleRef.current;
      const { axis } = store.getState();
      const limits = limitsOf(story);
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        const factor = Math.exp(Math.max(-1, Math.min(1, event.deltaY * 0.01)));
        axisUpdate.schedule(zoomAxis(axis, factor, current.ms(event.offsetX), limits));
      } else if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        event.preventDefault();
        axisUpdate.schedule(panAxis(axis, event.deltaX * current.msPerPx, limits));
      }
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => canvas.removeEventListener('wheel', onWheel);
  }, [store, story, axisUpdate]);

  const hitAt = (event: PointerEvent<HTMLCanvasElement>): number | undefined => {
    const lane = laneAt(geometry, event.nativeEvent.offsetY);
    const touch = event.pointerType === 'touch';
    const tolerance = touch ? 10 : 3;
    const x = event.nativeEvent.offsetX;
    if (lane === undefined) return undefined;
    const found = hitMark(placed, x, lane, tolerance);
    if (found !== undefined || !touch) return found;
    return hitMark(placed, x, lane - 1, tolerance) ?? hitMark(placed, x, lane + 1, tolerance);
  };

  const showTip = (index: number | undefined, mark?: PlacedMark) => {
    store.getState().hover(index === undefined ? undefined : marks.ids[index]);
    setTip(
      index === undefined || !mark
        ? undefined
        : {
            index,
            x: (Math.max(mark.x0, 0) + Math.min(mark.x1, scale.width)) / 2,
            lane: mark.lane,
          },
    );
  };

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    pointers.current.set(event.pointerId, event.nativeEvent.offsetX);
    event.currentTarget.setPointerCapture?.(event.pointerId);
    if (pointers.current.size === 2) {
      const [a = 0, b = 0] = [...pointers.current.values()];
      pinch.current = {
        distance: Math.max(1, Math.abs(a - b)),
        anchor: scale.ms((a + b) / 2),
        axis: store.getState().axis,
      };
      press.current = undefined;
      return;
    }
    press.current = {
      x: event.nativeEvent.offsetX,
      axis: store.getState().axis,
      msPerPx: scale.msPerPx,
      hit: hitAt(event),
      moved: false,
    };
  };

  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const x = event.nativeEvent.offsetX;
    if (pointers.current.has(event.pointerId)) pointers.current.set(event.pointerId, x);
    const limits = limitsOf(story);
    if (pinch.current && pointers.current.size === 2) {
      const [a = 0, b = 0] = [...pointers.current.values()];
      const factor = pinch.current.distance / Math.max(1, Math.abs(a - b));
      axisUpdate.schedule(zoomAxis(pinch.current.axis, factor, pinch.current.anchor, limits));
      return;
    }
    const down = press.current;
    if (down) {
      if (!down.moved && Math.abs(x - down.x) < DRAG_THRESHOLD) return;
      down.moved = true;
      if (tip) showTip(undefined);
      axisUpdate.schedule(panAxis(down.axis, (down.x - x) * down.msPerPx, limits));
      return;
    }
    if (event.pointerType === 'touch') return;
    const index = hitAt(event);
    if (index !== tip?.index) showTip(index, findPlaced(placed, index));
  };

  const onPointerUp = (event: PointerEvent<HTMLCanvasElement>) => {
    pointers.current.delete(event.pointerId);
    if (pointers.current.size < 2) pinch.current = undefined;
    const down = press.current;
    press.current = undefined;
    axisUpdate.flush();
    const id = down?.hit === undefined ? undefined : marks.ids[down.hit];
    if (down && !down.moved && id !== undefined) store.getState().select(id, 'timeline');
  };

  const onPointerCancel = (event: PointerEvent<HTMLCanvasElement>) => {
    pointers.current.delete(event.pointerId);
    pinch.current = undefined;
    press.current = undefined;
  };

  const tipEvent = tip ? story.events[tip.index] : undefined;
  return (
    <>
      <canvas
        ref={canvasRef}
        className="timeline-canvas"
        style={{ height: geometry.canvasHeight }}
        aria-hidden="true"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerCancel}
        onPointerLeave={() => {
          if (tip) showTip(undefined);
        }}
        data-cursor={tip ? 'pointer' : undefined}
      />
      {tip && tipEvent ? (
        <div
          className="timeline-tooltip"
          aria-hidden="true"
          style={{
            left: Math.min(Math.max(tip.x, TIP_HALF), Math.max(TIP_HALF, scale.width - TIP_HALF)),
            top: laneCentre(geometry, tip.lane) - 8,
          }}
        >
          <strong>{tipEvent.title}</strong>
          <span>{formatEventTime(tipEvent.time, locale)}</span>
        </div>
      ) : null}
    </>
  );
}
