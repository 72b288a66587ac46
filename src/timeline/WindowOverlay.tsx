/**
 * The time window over the axis: a highlighted band, a shade over what it leaves out, and three
 * sliders on the track below, in tab order: "Window start", "Window" (moves it whole) and
 * "Window end" (the playhead). Dragging updates the store at most once per frame; keys move by day, month or to
 * either end. Pressing the empty track draws a new window.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { selectEvents, selectVisibleCount } from '../state/selectors';
import { useDateline, useDatelineStore } from '../state/store-context';
import type { Story } from '../story/story';
import { formatDayLong } from '../time/format-date';
import { DAY_MS } from '../time/partial-date';
import { markScrubStart } from '../time/scrub-timing';
import { createTimeScale, revealOnAxis, type TimeScale } from '../time/time-scale';
import { snapToDay, snapUpToDay, type TimeWindow } from '../time/time-window';
import {
  endRange,
  positionRange,
  sliderKeyValue,
  startRange,
  withEnd,
  withPosition,
  withStart,
  type SliderRange,
} from '../time/window-steps';
import { formatShortRange } from '../time/short-date';
import { limitsOf, takeOverWindow } from './timeline-actions';
import type { AxisGeometry } from './axis-geometry';
import { useFrameThrottle } from './use-frame-throttle';
import { useLocale, useMessages } from '../ui/messages-context';

type Part = 'start' | 'end' | 'body' | 'track';

interface Drag {
  readonly part: Part;
  readonly x: number;
  readonly window: TimeWindow;
  readonly scale: TimeScale;
}

const nearestDay = (ms: number) => Math.round(ms / DAY_MS) * DAY_MS;

/** The window a drag of `part` to pixel `x` asks for. */
function dragged(drag: Drag, x: number, domain: TimeWindow): TimeWindow {
  const { scale, window } = drag;
  const ms = scale.ms(Math.min(Math.max(x, 0), scale.width));
  switch (drag.part) {
    case 'start':
      return withStart(window, nearestDay(ms), domain);
    case 'end':
      return withEnd(window, nearestDay(ms), domain);
    case 'body':
      return withPosition(window, window.from + nearestDay((x - drag.x) * scale.msPerPx), domain);
    case 'track': {
      const anchor = snapToDay(scale.ms(drag.x));
      const day = snapToDay(ms);
      const from = Math.max(Math.min(anchor, day), snapToDay(domain.from));
      return {
        from,
        to: Math.max(
          from + DAY_MS,
          Math.min(Math.max(anchor, day) + DAY_MS, snapUpToDay(domain.to)),
        ),
      };
    }
  }
}

const days = (ms: number) => Math.round(ms / DAY_MS);

const PARTS: readonly Part[] = ['start', 'end', 'body', 'track'];

/** Which part of the window an element is, from its data-part attribute. */
function partOf(element: HTMLElement): Part | undefined {
  return PARTS.find((part) => part === element.dataset.part);
}

/** The pointer's x within the axis (the scale's coordinates). */
function axisX(event: PointerEvent<HTMLElement>): number {
  const axis = event.currentTarget.closest('.timeline-axis');
  return axis ? event.clientX - axis.getBoundingClientRect().left : 0;
}

/** The band, shades and sliders for the store's window on this scale. */
export function WindowOverlay({
  story,
  scale,
  geometry,
}: {
  story: Story;
  scale: TimeScale;
  geometry: AxisGeometry;
}) {
  const store = useDatelineStore();
  const window = useDateline((state) => state.window);
  const shown = useDateline(selectVisibleCount);
  const total = useDateline((state) => selectEvents(state).length);
  const m = useMessages().timeline;
  const locale = useLocale();
  const drag = useRef<Drag | undefined>(undefined);
  const lastAsked = useRef<TimeWindow | undefined>(undefined);
  const windowUpdate = useFrameThrottle((next: TimeWindow) => store.getState().setWindow(next));
  const domain = story.span;

  // Until the axis has a width (the build's prerender, the app's first render hidden beside it),
  // the window is placed in percent of the axis, wherever its width turns out to be.
  const placed = scale.width > 0;
  const at = placed ? scale : createTimeScale(scale.domain, 100);
  const clampX = (x: number) => Math.min(Math.max(x, 0), at.width);
  const fromX = at.x(window.from);
  const toX = at.x(window.to);
  const unit = (x: number) => (placed ? x : `${Math.round(x * 100) / 100}%`);
  const left = unit(clampX(fromX));
  const right = unit(clampX(toX));
  const bandWidth = unit(clampX(toX) - clampX(fromX));

  const onKeyDown =
    (part: 'start' | 'end' | 'body', range: SliderRange) => (event: KeyboardEvent) => {
      const value = sliderKeyValue(event.key, range.now, range.min, range.max);
      if (value === undefined) return;
      event.preventDefault();
      const next =
        part === 'start'
          ? withStart(window, value, domain)
          : part === 'end'
            ? withEnd(window, value + DAY_MS, domain)
            : withPosition(window, value, domain);
      takeOverWindow(store, next);
      // Keep the edge being moved in view: a keyboard user sees what the key did.
      const { axis, setAxis } = store.getState();
      const edge = part === 'end' ? next.to - DAY_MS / 2 : next.from + DAY_MS / 2;
      const revealed = revealOnAxis(axis, edge, edge, limitsOf(story));
      if (revealed !== axis) setAxis(revealed);
    };

  const ask = (next: TimeWindow) => {
    const previous = lastAsked.current ?? store.getState().window;
    if (next.from === previous.from && next.to === previous.to) return;
    lastAsked.current = next;
    markScrubStart();
    windowUpdate.schedule(next);
  };

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    const part = partOf(event.currentTarget);
    if (event.button !== 0 || !part) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const x = axisX(event);
    drag.current = { part, x, window, scale };
    if (store.getState().playing) store.getState().setPlaying(false);
    if (part === 'track') ask(dragged(drag.current, x, domain));
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const current = drag.current;
    if (current) ask(dragged(current, axisX(event), domain));
  };

  const onPointerUp = () => {
    drag.current = undefined;
    windowUpdate.flush();
    lastAsked.current = undefined;
  };

  const pointer = { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp };

  const slider = (
    part: 'start' | 'end' | 'body',
    label: string,
    range: SliderRange,
    valueText: string,
  ) => ({
    role: 'slider',
    tabIndex: 0,
    'aria-label': label,
    'aria-valuemin': days(range.min),
    'aria-valuemax': days(range.max),
    'aria-valuenow': days(range.now),
    // Each move says what it changed for the reader: the date, and how many events are now shown.
    'aria-valuetext': m.sliderValue(valueText, shown, total),
    'data-part': part,
    onKeyDown: onKeyDown(part, range),
  });

  const start = startRange(window, domain);
  const end = endRange(window, domain);
  const position = positionRange(window, domain);
  const lastDay = window.to - DAY_MS;
  // The band and shades cover the lanes; the edges run on down to the middle of the track.
  const lanes = geometry.axisY;
  const trackTop = geometry.trackTop;
  const edge = trackTop + geometry.trackHeight / 2;
  const span =
    lastDay === window.from
      ? formatDayLong(window.from, locale)
      : m.daySpan(formatDayLong(window.from, locale), formatDayLong(lastDay, locale));

  return (
    <>
      <div
        className="timeline-band"
        style={{ left, width: bandWidth, height: lanes }}
        aria-hidden="true"
      />
      <div
        className="timeline-shade"
        style={{ left: 0, width: left, height: lanes }}
        aria-hidden="true"
      />
      <div
        className="timeline-shade"
        style={{ left: right, right: 0, height: lanes }}
        aria-hidden="true"
      />
      <div
        className="timeline-edge"
        style={{ left, height: edge }}
        data-clipped={fromX < 0 || undefined}
        aria-hidden="true"
      />
      <div
        className="timeline-edge timeline-playhead"
        style={{ left: right, height: edge }}
        data-clipped={toX > at.width || undefined}
        aria-hidden="true"
      />
      <div
        className="timeline-track"
        style={{ top: trackTop }}
        data-part="track"
        {...pointer}
        aria-hidden="true"
      />
      <div
        className="timeline-handle timeline-handle-start"
        style={{ left, top: trackTop - 4 }}
        data-clipped={fromX < 0 || undefined}
        title={m.windowStartTitle(formatDayLong(window.from, locale))}
        {...slider('start', m.windowStart, start, formatDayLong(window.from, locale))}
        {...pointer}
      />
      <div
        className="timeline-body"
        style={{ left, width: bandWidth, top: trackTop + 10 }}
        title={formatShortRange(window.from, window.to, locale)}
        {...slider('body', m.windowBody, position, span)}
        {...pointer}
      />
      <div
        className="timeline-handle timeline-handle-end"
        style={{ left: right, top: trackTop - 4 }}
        data-clipped={toX > at.width || undefined}
        title={m.windowEndTitle(formatDayLong(lastDay, locale))}
        {...slider('end', m.windowEnd, end, formatDayLong(lastDay, locale))}
        {...pointer}
      />
    </>
  );
}
