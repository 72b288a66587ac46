/**
 * The map where WebGL is missing (old laptops, locked-down briefing PCs, some embeds): a plain
 * message and a still SVG map of the story's region with its events in the time window, drawn
 * from the same geodata and with the same pieces as the printed handout.
 */
import { useMemo } from 'react';
import { anchorPoints } from '../geo/anchor';
import { eventsBounds } from '../geo/event-bounds';
import { uncertaintyArea } from '../geo/uncertainty-shapes';
import { selectKindTable, selectVisibleEvents } from '../state/selectors';
import { useDateline } from '../state/store-context';
import { LIGHT_PALETTE as PALETTE } from './basemap-palette';
import { frameAround, geometryPath, project, type Box } from './static-map';
import { asPath, Basemap, Labels, Marker, MARKER_RADIUS } from './StaticMapParts';
import { useStaticMapGeo } from './use-static-map-geo';
import { isGuess } from '../ui/GuessNote';
import { useMessages } from '../ui/messages-context';

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
  const events = useMemo(() => visible.filter((event) => event.place !== undefined), [visible]);
  const { geo } = useStaticMapGeo();
  const extent = geo?.extent;
  // The story's whole region stays framed as the window changes: the reader sees marks come
  // and go, not the map jump.
  const frame = useMemo(() => {
    const box = (story && eventsBounds(story.events)) ?? extent ?? [-180, -60, 180, 75];
    return frameAround(box, WIDTH, HEIGHT, extent);
  }, [story, extent]);
  const drawn = useMemo(
    () =>
      events.flatMap((event) => {
        const place = event.place;
        if (!place) return [];
        const area = uncertaintyArea(place);
        const own = asPath(place.geometry);
        const anchors = anchorPoints(place.geometry);
        return {
          event,
          look: kinds.look(event.kind),
          area: area ? geometryPath(frame, area, 0.6) : '',
          line: own && own.type.endsWith('LineString') ? geometryPath(frame, own, 0.6) : '',
          anchors,
        };
      }),
    [events, frame, kinds],
  );
  const marks = useMemo(
    () =>
      drawn.flatMap(({ anchors }) =>
        anchors.map((anchor): Box => {
          const [x, y] = project(frame, [...anchor]);
          const reach = MARKER_RADIUS * 1.3;
          return [x - reach, y - reach, x + reach, y + reach];
        }),
      ),
    [drawn, frame],
  );
  return (
    <div className="static-map">
      {!preview && (
        <p className="static-map__note" role="note">
          {m.noWebgl}
        </p>
      )}
      <svg
        className="static-map__svg"
        viewBox={`0 0 ${frame.width.toFixed(1)} ${frame.height.toFixed(1)}`}
        preserveAspectRatio="xMidYMid meet"
        role="img"
        aria-label={m.stillMap(events.length)}
      >
        <rect width={frame.width} height={frame.height} fill={PALETTE.water} />
        {geo && <Basemap frame={frame} geo={geo} />}
        {drawn.map(({ event, look, area }) =>
          area === '' ? null : (
            <path key={`area-${event.id}`} d={area} fill={look.color} fillOpacity={0.16} />
          ),
        )}
        {drawn.map(({ event, look, line }) =>
          line === '' ? null : (
            <path
              key={`line-${event.id}`}
              d={line}
              fill="none"
              stroke={look.color}
              strokeWidth={4}
            />
          ),
        )}
        {geo && <Labels frame={frame} geo={geo} marks={marks} />}
        {drawn.flatMap(({ event, look, anchors }) =>
          anchors.map((position, index) => (
            <Marker
              key={`${event.id}-${index}`}
              frame={frame}
              position={position}
              look={look}
              guess={isGuess(event.review)}
            />
          )),
        )}
      </svg>
    </div>
  );
}
