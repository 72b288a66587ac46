/** The presenter's buttons on the audience screen: autoplay, blank, full screen, presenter view, print, keys, exit. */
import { useDateline, useDatelineStore } from '../state/store-context';
import { appLink, presentationLink } from './present-links';
import { AUTOPLAY_INTERVAL_MS, type Autoplay } from './use-autoplay';
import type { Fullscreen } from './use-fullscreen';
import { useMessages } from '../ui/messages-context';
import '../i18n/lazy/present';

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
  const m = useMessages().present;
  const openPresenter = () => {
    const url = new URL(presentationLink(store.getState(), 'presenter'), window.location.href);
    window.open(url.href, PRESENTER_WINDOW, 'popup,width=1280,height=800');
  };
  return (
    <div className="present-tools" role="group" aria-label={m.toolbar}>
      {ready && (
        <>
          <button
            type="button"
            className="present-button"
            aria-pressed={autoplay.playing}
            onClick={autoplay.toggle}
            title={m.autoplayTitle(AUTOPLAY_INTERVAL_MS / 1000)}
          >
            <span aria-hidden="true">{autoplay.playing ? '❚❚' : '▶'}</span> {m.autoplay}
          </button>
          <button type="button" className="present-button" onClick={onBlank} title={m.blankTitle}>
            {m.blankScreen}
          </button>
          {fullscreen.available && (
            <button
              type="button"
              className="present-button"
              aria-pressed={fullscreen.active}
              onClick={fullscreen.toggle}
              title={m.fullScreenTitle}
            >
              {m.fullScreen}
            </button>
          )}
          <button type="button" className="present-button" onClick={openPresenter}>
            {m.presenterView}
          </button>
          <button type="button" className="present-button" onClick={onPrint}>
            {m.printHandout}
          </button>
        </>
      )}
      <button
        type="button"
        className="present-button present-button--icon"
        onClick={onHelp}
        aria-label={m.keys}
        title={m.keysTitle}
      >
        <span aria-hidden="true">?</span>
      </button>
      <a
        className="present-button present-button--icon"
        href={exitHref}
        aria-label={m.exit}
        title={m.exit}
      >
        <span aria-hidden="true">✕</span>
      </a>
    </div>
  );
}
