/** The standard screen: header, map and timeline, and a side panel with the details and the list. */
import { MapView } from '../map/MapView';
import { ArticleReader } from '../panels/ArticleReader';
import { EventDetails } from '../panels/EventDetails';
import { EventList } from '../panels/EventList';
import { useDateline } from '../state/store-context';
import { Timeline } from '../timeline/Timeline';
import { Credits } from './Credits';
import { Header } from './Header';
import { PartBoundary } from './PartBoundary';
import { ProblemsAlert } from './ProblemsAlert';
import { ShellNotices } from './ShellNotices';

/** The layout for reading a story in a browser tab (app mode). */
export function StandardLayout() {
  const selectedId = useDateline((state) => state.selectedId);
  const storyId = useDateline((state) => state.story?.id);
  const sheetOpen = selectedId !== undefined;
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
        <div className="app__timeline">
          <PartBoundary name="The timeline" resetKey={storyId}>
            <Timeline />
          </PartBoundary>
        </div>
      </main>
      <aside className="app__side" aria-label="Events">
        <PartBoundary name="The event's details" resetKey={selectedId}>
          <EventDetails />
        </PartBoundary>
        <PartBoundary name="The events list" resetKey={storyId}>
          <EventList />
        </PartBoundary>
        <Credits />
      </aside>
      <PartBoundary name="The article reader" resetKey={selectedId}>
        <ArticleReader />
      </PartBoundary>
    </div>
  );
}
