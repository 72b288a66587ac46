/**
 * The axis a story opens on. News stories reach back years for context but happen in a few weeks:
 * shown linearly over the whole span, the weeks that matter shrink to a few pixels. So the axis
 * opens on the densest stretch of events when that stretch is a small part of the span; the rest
 * is one "Fit all" away, and the edges say how many events lie beyond.
 */
import { DAY_MS } from './partial-date';
import type { TimeWindow } from './time-window';

/** Share of events the opening axis should hold. */
const FOCUS_SHARE = 0.7;
/** Focus only when the dense stretch is at most this share of the whole span. */
const FOCUS_IF_UNDER = 0.25;
/** Never open narrower than this, so a one-day cluster still shows its neighbourhood. */
const MIN_FOCUS = 14 * DAY_MS;

/**
 * The shortest stretch holding `FOCUS_SHARE` of event starts, widened to the ends of the events
 * in it that are no longer than the stretch (longer ones run off the edge, as bars), plus a
 * margin. Undefined when the events are spread out enough to show whole.
 */
export function focusSpan(
  times: readonly { readonly start: number; readonly end: number }[],
  span: TimeWindow,
): TimeWindow | undefined {
  const count = Math.ceil(times.length * FOCUS_SHARE);
  if (times.length < 4) return undefined;
  const starts = times.map((time) => time.start).sort((a, b) => a - b);
  let best = 0;
  for (let i = 1; i + count - 1 < starts.length; i += 1) {
    const width = (starts[i + count - 1] ?? 0) - (starts[i] ?? 0);
    if (width < (starts[best + count - 1] ?? 0) - (starts[best] ?? 0)) best = i;
  }
  const from = starts[best] ?? span.from;
  const lastStart = starts[best + count - 1] ?? span.to;
  const stretch = lastStart - from;
  let to = lastStart + DAY_MS;
  for (const time of times) {
    if (time.start >= from && time.start <= lastStart && time.end - time.start <= stretch)
      to = Math.max(to, time.end);
  }
  if (to - from > (span.to - span.from) * FOCUS_IF_UNDER) return undefined;
  const margin = Math.max((to - from) * 0.06, DAY_MS);
  const focused = { from: from - margin, to: to + margin };
  const short = MIN_FOCUS - (focused.to - focused.from);
  return short > 0 ? { from: focused.from - short / 2, to: focused.to + short / 2 } : focused;
}
