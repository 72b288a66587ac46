/** The standard screen: header, map and timeline, and a side panel with the details and the list. */
import { MapView } from '../map/MapView';
import { ArticleReader } from '../panels/ArticleReader';
import { EventDetails } from '../panels/EventDetails';
import { EventList } from '../panels/EventList';
import { useDateline } from '../state/store-context';
import { Timeline } from '../timeline/Timeline';
import { Credits } from './Credits';
import { Header } from './Header';
import { ProblemsAlert } from './ProblemsAlert';
import { ShellNotices } from './ShellNotices';

/** The layout for reading a story in a browser tab (app mode). */
export function StandardLayout() {
  const sheetOpen = useDateline((state) => state.selectedId !== undefined);
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
          <MapView />
        </div>
        <div className="app__timeline">
          <Timeline />
        </div>
      </main>
      <aside className="app__side" aria-label="Events">
        <EventDetails />
        <EventList />
        <Credits />
      </aside>
      <ArticleReader />
    </div>
  );
}
