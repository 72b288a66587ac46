/** The standard screen: header, map and timeline, and a side panel with the details and the list. */
import type { ReactNode } from 'react';
import { LazyMapView as MapView } from '../map/LazyMapView';
import { LazyArticleReader } from '../panels/LazyArticleReader';
import { EventDetails } from '../panels/EventDetails';
import { EventList } from '../panels/EventList';
import { useDateline } from '../state/store-context';
import { Timeline } from '../timeline/Timeline';
import { useMediaQuery } from '../ui/use-media-query';
import { Credits } from './Credits';
import { Header } from './Header';
import { PartBoundary } from './PartBoundary';
import { ProblemsAlert } from './ProblemsAlert';
import { ShellNotices } from './ShellNotices';
import { useMessages } from '../ui/messages-context';

/** Where the details become a sheet over the page; matches app.css. */
export const SHEET_QUERY = '(max-width: 899.98px)';
/** Where the open sheet takes nearly the whole screen, map included (a phone on its side, a page
 * zoomed to 400%); matches app.css. */
export const TALL_SHEET_QUERY = '(max-width: 899.98px) and (max-height: 500px)';

/** What the editor puts into the reader's screen (src/editor); the reader passes none. */
export interface LayoutSlots {
  /** Above the details: the editor's toolbar. */
  readonly toolbar?: ReactNode;
  /** In place of the selected event's details: its form. */
  readonly details?: ReactNode;
}

/** The layout for reading a story in a browser tab (app mode), and for editing one. */
export function StandardLayout({ toolbar, details }: LayoutSlots = {}) {
  const selectedId = useDateline((state) => state.selectedId);
  const storyId = useDateline((state) => state.story?.id);
  const sheetOpen = selectedId !== undefined;
  const narrow = useMediaQuery(SHEET_QUERY);
  // On a phone the open sheet covers the timeline and the list (app.css also takes them off
  // screen): inert keeps the keyboard and screen readers out of what the eye cannot see (WCAG
  // 2.4.11), until the sheet is closed.
  const covered = sheetOpen && narrow;
  // On a short screen the sheet covers the map and its controls as well.
  const short = useMediaQuery(TALL_SHEET_QUERY);
  const mapCovered = sheetOpen && short;
  const m = useMessages().app;
  return (
    <div className="app" data-sheet={sheetOpen ? 'open' : undefined}>
      <a className="skip-link" href="#events">
        {m.skipToEvents}
      </a>
      <Header />
      <div className="app__notices">
        <ShellNotices />
        <ProblemsAlert />
      </div>
      <main className="app__stage" aria-label={m.stage}>
        <div className="app__map" inert={mapCovered}>
          <PartBoundary name={m.partMap} resetKey={storyId}>
            <MapView />
          </PartBoundary>
        </div>
        <div className="app__timeline" inert={covered}>
          <PartBoundary name={m.partTimeline} resetKey={storyId}>
            <Timeline />
          </PartBoundary>
        </div>
      </main>
      <aside className="app__side" aria-label={m.side}>
        {toolbar}
        <PartBoundary name={m.partDetails} resetKey={selectedId}>
          {details ?? <EventDetails />}
        </PartBoundary>
        <div className="app__covered" inert={covered}>
          <PartBoundary name={m.partList} resetKey={storyId}>
            <EventList />
          </PartBoundary>
          <Credits />
        </div>
      </aside>
      <PartBoundary name={m.partReader} resetKey={selectedId}>
        <LazyArticleReader />
      </PartBoundary>
    </div>
  );
}
