/**
 * A still SVG map of events in a frame: the basemap, each event's area of doubt and line, the
 * labels placed clear of the marks, and one marker per place (guesses ringed dashed). Drawn by
 * the map shown without WebGL and by the first map the page paints before the interactive one.
 */
import { useMemo } from 'react';
import { anchorPoints } from '../geo/anchor';
import { uncertaintyArea } from '../geo/uncertainty-shapes';
import { isGuess } from '../ui/GuessNote';
import { LIGHT_PALETTE, type BasemapPalette } from './basemap-palette';
import { geometryPath, project, type Box, type Frame } from './static-map';
import type { HandoutGeo } from './static-map-geo';
import { asPath, Basemap, Labels, Marker, MARKER_RADIUS } from './StaticMapParts';
import type { StillMapScene } from './use-still-map-scene';

interface StaticMapDrawingProps extends StillMapScene {
  readonly geo: HandoutGeo | undefined;
  /** "meet" shows the whole frame; "slice" fills the box and crops the frame's edges. */
  readonly fit: 'meet' | 'slice';
  /** The picture's name for screen readers; undefined when it is hidden from them. */
  readonly label: string | undefined;
  /**
   * Basemap drawn past each edge, as a share of the frame: with overflow visible, a box of
   * another aspect than the frame's shows land and sea around it rather than empty bands.
   */
  readonly bleed?: number;
  /** The basemap's simplification, in px (see Basemap): coarser is fewer bytes. */
  readonly tolerance?: number;
  /** Light unless told; the first map is repainted dark by a stylesheet (still-map-palette.ts). */
  readonly palette?: BasemapPalette;
}

/** The frame grown by `bleed` of its size past each edge, at the same scale. */
function grownFrame(frame: Frame, bleed: number): Frame {
  if (bleed <= 0) return frame;
  const spanX = (frame.x1 - frame.x0) * bleed;
  const spanY = (frame.y1 - frame.y0) * bleed;
  return {
    x0: frame.x0 - spanX,
    x1: frame.x1 + spanX,
    y0: frame.y0 - spanY,
    y1: frame.y1 + spanY,
    width: frame.width * (1 + 2 * bleed),
    height: frame.height * (1 + 2 * bleed),
  };
}

/** The SVG of a still map (its events must all have a place to be drawn). */
export function StaticMapDrawing({
  frame,
  events,
  kinds,
  geo,
  fit,
  label,
  bleed = 0,
  tolerance = 1,
  palette = LIGHT_PALETTE,
}: StaticMapDrawingProps) {
  const outer = useMemo(() => grownFrame(frame, bleed), [frame, bleed]);
  const dx = outer.width - frame.width;
  const dy = outer.height - frame.height;
  const drawn = useMemo(
    () =>
      events.flatMap((event) => {
        const place = event.place;
        if (!place) return [];
        const area = uncertaintyArea(place);
        const own = asPath(place.geometry);
        return {
          event,
          look: kinds.look(event.kind),
          area: area ? geometryPath(frame, area, 0.6) : '',
          line: own && own.type.endsWith('LineString') ? geometryPath(frame, own, 0.6) : '',
          anchors: anchorPoints(place.geometry),
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
    <svg
      className="static-map__svg"
      viewBox={`0 0 ${frame.width.toFixed(1)} ${frame.height.toFixed(1)}`}
      preserveAspectRatio={`xMidYMid ${fit}`}
      role={label === undefined ? undefined : 'img'}
      aria-label={label}
      aria-hidden={label === undefined ? true : undefined}
    >
      <g transform={dx === 0 && dy === 0 ? undefined : `translate(${-dx / 2} ${-dy / 2})`}>
        <rect className="sm-water" width={outer.width} height={outer.height} fill={palette.water} />
        {geo && <Basemap frame={outer} geo={geo} tolerance={tolerance} palette={palette} />}
      </g>
      {drawn.map(({ event, look, area }) =>
        area === '' ? null : (
          <path key={`area-${event.id}`} d={area} fill={look.color} fillOpacity={0.16} />
        ),
      )}
      {drawn.map(({ event, look, line }) =>
        line === '' ? null : (
          <path key={`line-${event.id}`} d={line} fill="none" stroke={look.color} strokeWidth={4} />
        ),
      )}
      {/* Named within the frame only: what bleeds past it is there for the eye. */}
      {geo && <Labels frame={frame} geo={geo} marks={marks} palette={palette} />}
      {/* One group per event (a place of several points has a marker at each). */}
      {drawn.map(({ event, look, anchors }) => (
        <g key={event.id} data-event={event.id}>
          {anchors.map((position, index) => (
            <Marker
              key={index}
              frame={frame}
              position={position}
              look={look}
              guess={isGuess(event.review)}
              palette={palette}
            />
          ))}
        </g>
      ))}
    </svg>
  );
}
