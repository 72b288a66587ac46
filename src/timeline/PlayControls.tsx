/** ◀ ▶ ▷: step to the previous or next event, and play or pause the window. */
import { useDateline, useDatelineStore } from '../state/store-context';
import { Icon } from './icons';
import { hasNeighbour, stepEvent } from './timeline-actions';
import { useMessages } from '../ui/messages-context';

/** Previous, next and play/pause buttons. Unavailable steps stay focusable but do nothing. */
export function PlayControls() {
  const store = useDatelineStore();
  const playing = useDateline((state) => state.playing);
  const ready = useDateline((state) => state.story !== undefined);
  const canPrevious = useDateline((state) => hasNeighbour(state, -1));
  const canNext = useDateline((state) => hasNeighbour(state, 1));
  const m = useMessages().timeline;
  return (
    <div className="timeline-group timeline-play" role="group" aria-label={m.playback}>
      <button
        type="button"
        className="timeline-button"
        aria-label={m.previousEvent}
        title={m.previousEvent}
        aria-disabled={!canPrevious}
        onClick={() => stepEvent(store, -1)}
      >
        <Icon name="previous" />
      </button>
      <button
        type="button"
        className="timeline-button"
        aria-label={m.nextEvent}
        title={m.nextEvent}
        aria-disabled={!canNext}
        onClick={() => stepEvent(store, 1)}
      >
        <Icon name="next" />
      </button>
      <button
        type="button"
        className="timeline-button timeline-button-play"
        aria-label={playing ? m.pause : m.play}
        title={playing ? m.pause : m.playTitle}
        aria-disabled={!ready}
        onClick={() => {
          if (ready) store.getState().setPlaying(!playing);
        }}
      >
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
    </div>
  );
}
