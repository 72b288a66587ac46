/**
 * What the window shows, in words: "Showing 18–23 Oct 2021 · 7 of 19 events", a "Show all"
 * reset, and the events the axis leaves out at either side ("← 1 earlier").
 */
import { selectEvents, selectVisibleEvents } from '../state/selectors';
import { useDateline, useDatelineStore } from '../state/store-context';
import { formatShortRange } from '../time/short-date';
import { outsideAxis, storyMarks } from './event-layout';
import { takeOverWindow, widenToEvent } from './timeline-actions';

/** The summary line under the axis. */
export function WindowSummary() {
  const store = useDatelineStore();
  const story = useDateline((state) => state.story);
  const window = useDateline((state) => state.window);
  const axis = useDateline((state) => state.axis);
  const visible = useDateline((state) => selectVisibleEvents(state).length);
  const total = useDateline((state) => selectEvents(state).length);
  const failed = useDateline((state) => state.status === 'failed');
  if (!story) {
    // A story that failed will not arrive: say so rather than "Loading" for ever.
    return (
      <p className="timeline-summary">
        {failed ? 'No timeline: the story could not be shown.' : 'Loading the timeline…'}
      </p>
    );
  }
  const whole = window.from <= story.span.from && window.to >= story.span.to;
  const outside = outsideAxis(storyMarks(story), axis);
  const { nearestBefore, nearestAfter } = outside;
  return (
    <div className="timeline-summary-row">
      {nearestBefore !== undefined ? (
        <button
          type="button"
          className="timeline-edge-button"
          onClick={() => widenToEvent(store, nearestBefore)}
        >
          <span aria-hidden="true">← </span>
          {`${outside.before} earlier `}
          <span className="timeline-sr">{`${outside.before === 1 ? 'event' : 'events'}: widen the timeline`}</span>
        </button>
      ) : null}
      <p className="timeline-summary">
        Showing {formatShortRange(window.from, window.to)}
        <span aria-hidden="true"> · </span>
        <span className="timeline-sr">, </span>
        {visible} of {total} {total === 1 ? 'event' : 'events'}
      </p>
      <button
        type="button"
        className="timeline-text-button timeline-show-all"
        aria-disabled={whole}
        onClick={() => takeOverWindow(store, story.span)}
      >
        Show all
      </button>
      {nearestAfter !== undefined ? (
        <button
          type="button"
          className="timeline-edge-button timeline-edge-after"
          onClick={() => widenToEvent(store, nearestAfter)}
        >
          {`${outside.after} later `}
          <span className="timeline-sr">{`${outside.after === 1 ? 'event' : 'events'}: widen the timeline`}</span>
          <span aria-hidden="true"> →</span>
        </button>
      ) : null}
    </div>
  );
}
