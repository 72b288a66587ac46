/** − + and the two framing buttons: the whole story, or the time window. */
import { useDateline, useDatelineStore } from '../state/store-context';
import { Icon } from './icons';
import { fitAll, ZOOM_STEP, zoomBy, zoomRoom, zoomToWindow } from './timeline-actions';
import { useMessages } from '../ui/messages-context';

/** Zoom buttons; at a limit they stay focusable (so focus is not lost) but do nothing. */
export function ZoomControls() {
  const store = useDatelineStore();
  const canIn = useDateline((state) => zoomRoom(state.story, state.axis).in);
  const canOut = useDateline((state) => zoomRoom(state.story, state.axis).out);
  const m = useMessages().timeline;
  return (
    <div className="timeline-group timeline-zoom" role="group" aria-label={m.zoom}>
      <button
        type="button"
        className="timeline-button"
        aria-label={m.zoomOut}
        title={m.zoomOutTitle}
        aria-disabled={!canOut}
        onClick={() => zoomBy(store, ZOOM_STEP)}
      >
        <Icon name="minus" />
      </button>
      <button
        type="button"
        className="timeline-button"
        aria-label={m.zoomIn}
        title={m.zoomInTitle}
        aria-disabled={!canIn}
        onClick={() => zoomBy(store, 1 / ZOOM_STEP)}
      >
        <Icon name="plus" />
      </button>
      <button
        type="button"
        className="timeline-button timeline-text-button"
        title={m.fitAll}
        onClick={() => fitAll(store)}
      >
        <Icon name="fit" />
        <span className="timeline-label">{m.fitAll}</span>
      </button>
      <button
        type="button"
        className="timeline-button timeline-text-button"
        title={m.zoomToWindow}
        onClick={() => zoomToWindow(store)}
      >
        <Icon name="window" />
        <span className="timeline-label">{m.zoomToWindow}</span>
      </button>
    </div>
  );
}
