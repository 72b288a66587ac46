/**
 * The map where WebGL is missing (old laptops, locked-down briefing PCs, some embeds): a plain
 * message and a still SVG map of the story's region with its events in the time window, drawn
 * from the same geodata and with the same pieces as the printed handout.
 */
import { useMemo } from 'react';
import { eventsBounds } from '../geo/event-bounds';
import { selectKindTable, selectVisibleEvents } from '../state/selectors';
import { useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import { frameAround } from './static-map';
import { StaticMapDrawing } from './StaticMapDrawing';
import { useStaticMapGeo } from './use-static-map-geo';

const WIDTH = 1200;
const HEIGHT = 800;

interface StaticMapProps {
  /** A picture of the map for the presenter's preview of the audience screen: no message. */
  readonly preview?: boolean;
}

/** The still map and the message saying why it is still. */
export function StaticMap({ preview = false }: StaticMapProps) {
  const story = useDateline((state) => state.story);
  const visible = useDateline(selectVisibleEvents);
  const kinds = useDateline(selectKindTable);
  const m = useMessages().map;
  // An event with no place yet has nothing to draw here; the Events list still holds it.
  const events = useMemo(
    () => visible.toArray().filter((event) => event.place !== undefined),
    [visible],
  );
  const { geo } = useStaticMapGeo();
  const extent = geo?.extent;
  // The story's whole region stays framed as the window changes: the reader sees marks come
  // and go, not the map jump.
  const frame = useMemo(() => {
    const box = (story && eventsBounds(story.events)) ?? extent ?? [-180, -60, 180, 75];
    return frameAround(box, WIDTH, HEIGHT, extent);
  }, [story, extent]);
  return (
    <div className="static-map">
      {!preview && (
        <p className="static-map__note" role="note">
          {m.noWebgl}
        </p>
      )}
      <StaticMapDrawing
        frame={frame}
        events={events}
        kinds={kinds}
        geo={geo}
        fit="meet"
        label={m.stillMap(events.length)}
      />
    </div>
  );
}
