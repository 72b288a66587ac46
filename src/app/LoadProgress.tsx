/**
 * A big story's load, shown as it goes: megabytes read (of the total when the server said it),
 * then the number of events being checked. A small story loads before this would be read, and
 * showing it would only move the page, so it appears only for a big file.
 */
import { useDateline } from '../state/store-context';
import type { LoadProgress as Progress } from '../story/load-story';
import { useMessages } from '../ui/messages-context';
import './load-progress.css';

/** From this size (or this many events) a load takes long enough to be worth showing. */
const SHOW_FROM_BYTES = 512 * 1024;
const SHOW_FROM_EVENTS = 1000;

function worthShowing(progress: Progress): boolean {
  return progress.phase === 'reading'
    ? Math.max(progress.bytes, progress.total ?? 0) >= SHOW_FROM_BYTES
    : progress.events >= SHOW_FROM_EVENTS;
}

/** The progress of the story's load, while it loads. */
export function LoadProgress() {
  const progress = useDateline((state) =>
    state.status === 'loading' ? state.loadProgress : undefined,
  );
  const m = useMessages().loading;
  if (!progress || !worthShowing(progress)) return null;
  const reading = progress.phase === 'reading';
  const text = reading ? m.reading(progress.bytes, progress.total) : m.checking(progress.events);
  return (
    <div className="notice load-progress">
      <div className="notice__body">
        <p className="load-progress__text">{text}</p>
        {/* Without a known total (or while checking) the bar says only that work goes on. */}
        <progress
          className="load-progress__bar"
          aria-label={m.progressLabel}
          aria-valuetext={text}
          {...(reading && progress.total !== undefined
            ? { value: progress.bytes, max: progress.total }
            : {})}
        />
      </div>
    </div>
  );
}
