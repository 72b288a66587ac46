/**
 * What the window shows, in words: "Showing 18–23 Oct 2021 · 7 of 19 events", a "Show all"
 * reset, and the events the axis leaves out at either side ("← 1 earlier").
 */
import { useMemo } from 'react';
import { selectEvents, selectVisibleCount } from '../state/selectors';
import { useDateline, useDatelineStore } from '../state/store-context';
import { formatShortRange } from '../time/short-date';
import { outsideAxis, storyMarks } from './event-layout';
import { takeOverWindow, widenToEvent } from './timeline-actions';
import { useLocale, useMessages } from '../ui/messages-context';

/** The summary line under the axis. */
export function WindowSummary() {
  const store = useDatelineStore();
  const story = useDateline((state) => state.story);
  const window = useDateline((state) => state.window);
  const axis = useDateline((state) => state.axis);
  const visible = useDateline(selectVisibleCount);
  const total = useDateline((state) => selectEvents(state).length);
  const failed = useDateline((state) => state.status === 'failed');
  const m = useMessages().timeline;
  const locale = useLocale();
  // A pass over every event: once per axis, not on every scrub step (the window moves alone).
  const outside = useMemo(
    () => (story ? outsideAxis(storyMarks(story), axis) : undefined),
    [story, axis],
  );
  if (!story || !outside) {
    // A story that failed will not arrive: say so rather than "Loading" for ever.
    return <p className="timeline-summary">{failed ? m.failed : m.loading}</p>;
  }
  const whole = window.from <= story.span.from && window.to >= story.span.to;
  const { nearestBefore, nearestAfter } = outside;
  return (
    // The row's edge buttons point along the axis (earlier ← left), so it keeps the axis's
    // direction; its sentence takes the direction of its own language.
    <div className="timeline-summary-row" dir="ltr">
      {nearestBefore !== undefined ? (
        <button
          type="button"
          className="timeline-edge-button"
          onClick={() => widenToEvent(store, nearestBefore)}
        >
          <span aria-hidden="true">← </span>
          {m.earlierShown(outside.before)}
          <span className="timeline-sr">{m.widenHidden(outside.before)}</span>
        </button>
      ) : null}
      <p className="timeline-summary" dir="auto">
        {m.showing(formatShortRange(window.from, window.to, locale))}
        <span aria-hidden="true"> · </span>
        <span className="timeline-sr">, </span>
        {m.shownOfTotal(visible, total)}
      </p>
      <button
        type="button"
        className="timeline-text-button timeline-show-all"
        aria-disabled={whole}
        onClick={() => takeOverWindow(store, story.span)}
      >
        {m.showAll}
      </button>
      {nearestAfter !== undefined ? (
        <button
          type="button"
          className="timeline-edge-button timeline-edge-after"
          onClick={() => widenToEvent(store, nearestAfter)}
        >
          {m.laterShown(outside.after)}
          <span className="timeline-sr">{m.widenHidden(outside.after)}</span>
          <span aria-hidden="true"> →</span>
        </button>
      ) : null}
    </div>
  );
}
