/**
 * The layout for an iframe in an article (?mode=embed): the map first, a bar that opens the
 * details as a sheet, and a compact timeline. It fills the frame and never scrolls the page: the
 * map takes the wheel only with ctrl/⌘ and touch only with two fingers, so the article scrolls
 * past it. From 300 × 250 up to full width; controls=0 hides the buttons for a still picture.
 */
import { useEffect, useState } from 'react';
import { PartBoundary } from '../app/PartBoundary';
import { ProblemsAlert } from '../app/ProblemsAlert';
import { LazyMapView as MapView } from '../map/LazyMapView';
import { LazyArticleReader } from '../panels/LazyArticleReader';
import { useDateline, useDatelineStore } from '../state/store-context';
import { EmbedSheet } from './EmbedSheet';
import { EmbedTimeline } from './EmbedTimeline';
import { useHostBridge } from './use-host-bridge';
import './embed.css';
import { useMessages } from '../ui/messages-context';
import '../i18n/lazy/embed';

/** Which overlay is open: the details sheet, the timeline (short frames), or neither. */
type Overlay = 'details' | 'timeline' | undefined;

/** Frames this big show the details beside the map, so a selection opens them at once. */
const ROOMY = '(min-width: 720px) and (min-height: 420px)';

function roomy(): boolean {
  // No window while the build prerenders the embed's first view.
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia(ROOMY).matches
  );
}

/** The embed mode's layout (default export: loaded lazily by App). */
export default function EmbedLayout() {
  const store = useDatelineStore();
  const controls = useDateline((state) => state.settings.controls);
  const title = useDateline((state) => state.story?.title);
  const messages = useMessages();
  const m = messages.embed;
  const [overlay, setOverlay] = useState<Overlay>(() =>
    roomy() && store.getState().selectedId !== undefined ? 'details' : undefined,
  );
  useHostBridge();

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.selectedId !== previous.selectedId && state.selectedId !== undefined && roomy()) {
          setOverlay('details');
        }
      }),
    [store],
  );

  const show = (which: Exclude<Overlay, undefined>) => (open: boolean) =>
    setOverlay((current) => (open ? which : current === which ? undefined : current));

  return (
    <main
      className="embed"
      data-controls={controls ? undefined : 'off'}
      aria-label={title === undefined ? 'Dateline' : m.region(title)}
    >
      <h1 className="visually-hidden">{title ?? 'Dateline'}</h1>
      <div className="embed__map">
        <PartBoundary name={messages.app.partMap}>
          <MapView cooperativeGestures download={false} />
        </PartBoundary>
      </div>
      <div className="embed__notices">
        <ProblemsAlert />
      </div>
      <EmbedSheet open={overlay === 'details'} onOpenChange={show('details')} />
      <PartBoundary name={messages.app.partTimeline}>
        <EmbedTimeline open={overlay === 'timeline'} onOpenChange={show('timeline')} />
      </PartBoundary>
      <PartBoundary name={messages.app.partReader}>
        <LazyArticleReader />
      </PartBoundary>
    </main>
  );
}
