/**
 * The map where WebGL is missing (old laptops, locked-down briefing PCs, some embeds): a plain
 * message and a still SVG map of the story's region with its events in the time window, drawn
 * from the same geodata and with the same pieces as the printed handout.
 */
import { useMemo } from 'react';
import { anchorPoints } from '../geo/anchor';
import { eventsBounds } from '../geo/event-bounds';
import { uncertaintyArea } from '../geo/uncertainty-shapes';
import { selectVisibleEvents } from '../state/selectors';
import { useDateline } from '../state/store-context';
import { EVENT_KINDS } from '../story/event-kinds';
import { LIGHT_PALETTE as PALETTE } from './basemap-palette';
import { frameAround, geometryPath, project, type Box } from './static-map';
import { asPath, Basemap, Labels, Marker, MARKER_RADIUS } from './StaticMapParts';
import { useStaticMapGeo } from './use-static-map-geo';

const WIDTH = 1200;
const HEIGHT = 800;

/** The still map and the message saying why it is still. */
export function StaticMap() {
  const story = useDateline((state) => state.story);
  const events = useDateline(selectVisibleEvents);
  const { geo } = useStaticMapGeo();
  const extent = geo?.extent;
  // The story's whole region stays framed as the window changes: the reader sees marks come
  // and go, not the map jump.
  const frame = useMemo(() => {
    const box = (story && eventsBounds(story.events)) ?? extent ?? [60, 29, 76, 42];
    return frameAround(box, WIDTH, HEIGHT, extent);
  }, [story, extent]);
  const drawn = useMemo(
    () =>
      events.map((event) => {
        const area = uncertaintyArea(event.place);
        const own = asPath(event.place.geometry);
        const anchors = anchorPoints(event.place.geometry);
        return {
          event,
          area: area ? geometryPath(frame, area, 0.6) : '',
          line: own && own.type.endsWith('LineString') ? geometryPath(frame, own, 0.6) : '',
          anchors,
        };
      }),
    [events, frame],
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
      <p className="static-map__note" role="note">
        This browser cannot draw the interactive map (WebGL is switched off or missing), so this is
        a still map of where the events happened. The Events list holds every event.
      </p>
      <svg
        className="static-map__svg"
        viewBox={`0 0 ${frame.width.toFixed(1)} ${frame.height.toFixed(1)}`}
        preserveAspectRatio="xMidYMid meet"
        role="img"
        aria-label={`Still map of ${events.length} ${events.length === 1 ? 'event' : 'events'}`}
      >
        <rect width={frame.width} height={frame.height} fill={PALETTE.water} />
        {geo && <Basemap frame={frame} geo={geo} />}
        {drawn.map(({ event, area }) =>
          area === '' ? null : (
            <path
              key={`area-${event.id}`}
              d={area}
              fill={EVENT_KINDS[event.kind].color}
              fillOpacity={0.16}
            />
          ),
        )}
        {drawn.map(({ event, line }) =>
          line === '' ? null : (
            <path
              key={`line-${event.id}`}
              d={line}
              fill="none"
              stroke={EVENT_KINDS[event.kind].color}
              strokeWidth={4}
            />
          ),
        )}
        {geo && <Labels frame={frame} geo={geo} marks={marks} />}
        {drawn.flatMap(({ event, anchors }) =>
          anchors.map((position, index) => (
            <Marker key={`${event.id}-${index}`} frame={frame} position={position} event={event} />
          )),
        )}
      </svg>
    </div>
  );
}
