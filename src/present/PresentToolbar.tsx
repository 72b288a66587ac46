/** The presenter's buttons on the audience screen: autoplay, blank, full screen, presenter view, print, keys, exit. */
import { useDateline, useDatelineStore } from '../state/store-context';
import { appLink, presentationLink } from './present-links';
import { AUTOPLAY_INTERVAL_MS, type Autoplay } from './use-autoplay';
import type { Fullscreen } from './use-fullscreen';

/** The presenter view's window name: pressing the button again brings the same window back. */
export const PRESENTER_WINDOW = 'dateline-presenter';

interface PresentToolbarProps {
  /** False while there is nothing to present (loading, or a story that failed): keys and exit only. */
  readonly ready: boolean;
  readonly autoplay: Autoplay;
  readonly fullscreen: Fullscreen;
  readonly onBlank: () => void;
  readonly onHelp: () => void;
  readonly onPrint: () => void;
}

/** A row of labelled buttons; each has a key too (see the Keys list). */
export function PresentToolbar({
  ready,
  autoplay,
  fullscreen,
  onBlank,
  onHelp,
  onPrint,
}: PresentToolbarProps) {
  const store = useDatelineStore();
  const exitHref = useDateline(appLink);
  const openPresenter = () => {
    const url = new URL(presentationLink(store.getState(), 'presenter'), window.location.href);
    window.open(url.href, PRESENTER_WINDOW, 'popup,width=1280,height=800');
  };
  return (
    <div className="present-tools" role="group" aria-label="Presentation">
      {ready && (
        <>
          <button
            type="button"
            className="present-button"
            aria-pressed={autoplay.playing}
            onClick={autoplay.toggle}
            title={`Move on every ${AUTOPLAY_INTERVAL_MS / 1000} seconds (P)`}
          >
            <span aria-hidden="true">{autoplay.playing ? '❚❚' : '▶'}</span> Autoplay
          </button>
          <button type="button" className="present-button" onClick={onBlank} title="B or .">
            Blank screen
          </button>
          {fullscreen.available && (
            <button
              type="button"
              className="present-button"
              aria-pressed={fullscreen.active}
              onClick={fullscreen.toggle}
              title="F"
            >
              Full screen
            </button>
          )}
          <button type="button" className="present-button" onClick={openPresenter}>
            Presenter view
          </button>
          <button type="button" className="present-button" onClick={onPrint}>
            Print handout
          </button>
        </>
      )}
      <button
        type="button"
        className="present-button present-button--icon"
        onClick={onHelp}
        aria-label="Keys"
        title="Keys (? or H)"
      >
        <span aria-hidden="true">?</span>
      </button>
      <a
        className="present-button present-button--icon"
        href={exitHref}
        aria-label="Exit presentation"
        title="Exit presentation"
      >
        <span aria-hidden="true">✕</span>
      </a>
    </div>
  );
}
