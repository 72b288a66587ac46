/** The standard screen: header, map and timeline, and a side panel with the details and the list. */
import { LazyMapView as MapView } from '../map/LazyMapView';
import { ArticleReader } from '../panels/ArticleReader';
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

/** Where the details become a sheet over the page; matches app.css. */
export const SHEET_QUERY = '(max-width: 899.98px)';

/** The layout for reading a story in a browser tab (app mode). */
export function StandardLayout() {
  const selectedId = useDateline((state) => state.selectedId);
  const storyId = useDateline((state) => state.story?.id);
  const sheetOpen = selectedId !== undefined;
  const narrow = useMediaQuery(SHEET_QUERY);
  // On a phone the open sheet covers the timeline and the list (app.css also takes them off
  // screen): inert keeps the keyboard and screen readers out of what the eye cannot see (WCAG
  // 2.4.11), until the sheet is closed.
  const covered = sheetOpen && narrow;
  return (
    <div className="app" data-sheet={sheetOpen ? 'open' : undefined}>
      <a className="skip-link" href="#events">
        Skip to events list
      </a>
      <Header />
      <div className="app__notices">
        <ShellNotices />
        <ProblemsAlert />
      </div>
      <main className="app__stage" aria-label="Map and timeline">
        <div className="app__map">
          <PartBoundary name="The map" resetKey={storyId}>
            <MapView />
          </PartBoundary>
        </div>
        <div className="app__timeline" inert={covered}>
          <PartBoundary name="The timeline" resetKey={storyId}>
            <Timeline />
          </PartBoundary>
        </div>
      </main>
      <aside className="app__side" aria-label="Events">
        <PartBoundary name="The event's details" resetKey={selectedId}>
          <EventDetails />
        </PartBoundary>
        <div className="app__covered" inert={covered}>
          <PartBoundary name="The events list" resetKey={storyId}>
            <EventList />
          </PartBoundary>
          <Credits />
        </div>
      </aside>
      <PartBoundary name="The article reader" resetKey={selectedId}>
        <ArticleReader />
      </PartBoundary>
    </div>
  );
}
