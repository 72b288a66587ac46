/** − + and the two framing buttons: the whole story, or the time window. */
import { useDateline, useDatelineStore } from '../state/store-context';
import { Icon } from './icons';
import { fitAll, ZOOM_STEP, zoomBy, zoomRoom, zoomToWindow } from './timeline-actions';

/** Zoom buttons; at a limit they stay focusable (so focus is not lost) but do nothing. */
export function ZoomControls() {
  const store = useDatelineStore();
  const canIn = useDateline((state) => zoomRoom(state.story, state.axis).in);
  const canOut = useDateline((state) => zoomRoom(state.story, state.axis).out);
  return (
    <div className="timeline-group timeline-zoom" role="group" aria-label="Zoom">
      <button
        type="button"
        className="timeline-button"
        aria-label="Zoom timeline out"
        title="Zoom timeline out (−)"
        aria-disabled={!canOut}
        onClick={() => zoomBy(store, ZOOM_STEP)}
      >
        <Icon name="minus" />
      </button>
      <button
        type="button"
        className="timeline-button"
        aria-label="Zoom timeline in"
        title="Zoom timeline in (+)"
        aria-disabled={!canIn}
        onClick={() => zoomBy(store, 1 / ZOOM_STEP)}
      >
        <Icon name="plus" />
      </button>
      <button
        type="button"
        className="timeline-button timeline-text-button"
        title="Fit all"
        onClick={() => fitAll(store)}
      >
        <Icon name="fit" />
        <span className="timeline-label">Fit all</span>
      </button>
      <button
        type="button"
        className="timeline-button timeline-text-button"
        title="Zoom to window"
        onClick={() => zoomToWindow(store)}
      >
        <Icon name="window" />
        <span className="timeline-label">Zoom to window</span>
      </button>
    </div>
  );
}
