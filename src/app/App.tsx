/** STUB layout: to be replaced by the app shell. */
import { MapView } from '../map/MapView';
import { Timeline } from '../timeline/Timeline';
import { EventDetails } from '../panels/EventDetails';
import { EventList } from '../panels/EventList';
import { ArticleReader } from '../panels/ArticleReader';
import { useDateline } from '../state/store-context';

export function App() {
  const title = useDateline((state) => state.story?.title);
  return (
    <div>
      <h1>{title ?? 'Dateline'}</h1>
      <MapView />
      <Timeline />
      <EventDetails />
      <EventList />
      <ArticleReader />
    </div>
  );
}
