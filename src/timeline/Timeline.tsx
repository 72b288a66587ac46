/**
 * The timeline scrubber: [◀ ▶ ▷] | axis with event marks and the time window | [− + fit].
 * The canvas draws; the sliders and buttons carry keyboard and screen-reader use.
 */
import { useEffect, type KeyboardEvent } from 'react';
import { useDateline, useDatelineStore } from '../state/store-context';
import { PlayControls } from './PlayControls';
import { openAxis, revealEvent, ZOOM_STEP, zoomBy } from './timeline-actions';
import { TimelineAxis } from './TimelineAxis';
import { usePlayback } from './use-playback';
import { WindowSummary } from './WindowSummary';
import { ZoomControls } from './ZoomControls';
import './timeline.css';
import { useMessages } from '../ui/messages-context';

/** The bottom bar that scrubs through the story's time; `compact` (embeds) leaves out the zoom buttons. */
export function Timeline({ compact = false }: { compact?: boolean }) {
  const store = useDatelineStore();
  const story = useDateline((state) => state.story);
  const selectedId = useDateline((state) => state.selectedId);
  usePlayback();
  const m = useMessages().timeline;

  // The opening axis (see openAxis); the build's prerender opens it the same way.
  useEffect(() => {
    if (story) openAxis(store, story);
  }, [story, store]);

  // An event selected elsewhere (map, list, link) is brought onto the axis.
  useEffect(() => {
    if (selectedId !== undefined) revealEvent(store, selectedId);
  }, [selectedId, store]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') zoomBy(store, 1 / ZOOM_STEP);
    else if (event.key === '-' || event.key === '_') zoomBy(store, ZOOM_STEP);
    else return;
    event.preventDefault();
  };

  return (
    <section
      className={compact ? 'timeline timeline--compact' : 'timeline'}
      aria-label={m.region}
      onKeyDown={onKeyDown}
    >
      {/* Time runs left to right in every language, so the whole bar keeps that direction:
          ◀ (earlier) stays on the left, beside the past (docs/languages.md). */}
      <div className="timeline-layout" dir="ltr">
        <PlayControls />
        <div className="timeline-main">
          <TimelineAxis />
          <WindowSummary />
        </div>
        {!compact && <ZoomControls />}
      </div>
    </section>
  );
}
