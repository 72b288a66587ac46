/**
 * A still SVG map of events in a frame: the basemap, each event's area of doubt and line, one
 * marker per place (guesses ringed dashed) and the basemap's names over them, as the live map
 * sets them. Drawn by the map shown without WebGL and by the first map the page paints before the
 * interactive one.
 */
import { useMemo } from 'react';
import { area as areaM2 } from '@turf/area';
import { anchorPoints } from '../geo/anchor';
import { uncertaintyArea } from '../geo/uncertainty-shapes';
import { knownToTheDay } from '../time/event-time';
import { isGuess } from '../ui/GuessNote';
import { AREA_LOOK, areaFillOpacity } from './area-look';
import { LIGHT_PALETTE, type BasemapPalette } from './basemap-palette';
import type { PlaneBox } from '../geo/clip-to-box';
import { rounded } from '../geo/svg-path-data';
import { drawingBox, geometryPath, type Frame } from './static-map';
import type { HandoutGeo } from './static-map-geo';
import type { MapTheme } from './event-layers';
import { SHAPE_RADIUS } from './kind-icons';
import { slotOffset } from './marker-stacks';
import { asPath, Basemap, Marker, MARKER_RADIUS } from './StaticMapParts';
import { Labels } from './StillMapLabels';
import type { StillMapScene } from './use-still-map-scene';

interface StaticMapDrawingProps extends StillMapScene {
  readonly geo: HandoutGeo | undefined;
  /** "meet" shows the whole frame; "slice" fills the box and crops the frame's edges. */
  readonly fit: 'meet' | 'slice';
  /** The picture's name for screen readers; undefined when it is hidden from them. */
  readonly label: string | undefined;
  /**
   * The aspect ratios (width / height) of the boxes that show the drawing, when its overflow is
   * visible: the basemap reaches past the frame far enough to fill a box of any of them ("meet"
   * shows the whole frame and more of one axis), so none shows an empty band. The frame's own
   * aspect unless told.
   */
  readonly shownAt?: readonly [narrowest: number, widest: number];
  /** The drawing's own size in px, when it is shown at that size rather than fitted to a box. */
  readonly size?: { readonly width: number; readonly height: number } | undefined;
  /** The basemap's simplification, in px (see Basemap): coarser is fewer bytes. */
  readonly tolerance?: number;
  /** Decimal places of the shapes' px: 1 unless told. */
  readonly decimals?: number;
  /** Light unless told; the first map is repainted dark by a stylesheet (still-map-palette.ts). */
  readonly palette?: BasemapPalette;
  /** Labels only in Noto Sans's Latin face, others in the system's font (see Labels). */
  readonly latinFaceOnly?: boolean;
  /** A marker's shape radius in the drawing's px: MARKER_RADIUS unless told. */
  readonly markerRadius?: number;
  /** The theme of the guess rings, light unless told (the first map's follow its stylesheet). */
  readonly theme?: MapTheme;
}

/**
 * An area of doubt's soft rim (AREA_LOOK.rim.plain) as a plain stroke 2 px wide (the interactive
 * map's px) with the same ink across it: MapLibre's blurred line rises from its edges to a peak
 * of opacity × (width / 2) / blur, so it lays half its width times that peak. A blur filter would
 * cost the page's raster far more than the rim is worth.
 */
const RIM_WIDTH = 2;
const RIM_OPACITY = (() => {
  const { width, blur, opacity } = AREA_LOOK.rim.plain;
  const ink = (width / 2) * opacity * Math.min(1, width / 2 / blur);
  return Math.round((ink / RIM_WIDTH) * 100) / 100;
})();

/** How far a box of each of the aspects reaches past the frame's sides and its top and bottom, px. */
function overflow(frame: Frame, [narrowest, widest]: readonly [number, number]) {
  return {
    x: Math.max(0, (widest * frame.height - frame.width) / 2),
    y: Math.max(0, (frame.width / narrowest - frame.height) / 2),
  };
}

/** What can be seen of the drawing, in its px, and the margin past it where cut shapes end. */
function seenBox(frame: Frame, reach: { x: number; y: number }): PlaneBox {
  const [left, top, right, bottom] = drawingBox(frame);
  return [left - reach.x, top - reach.y, right + reach.x, bottom + reach.y];
}

/** The SVG of a still map (its events must all have a place to be drawn). */
export function StaticMapDrawing({
  frame,
  events,
  stacks,
  kinds,
  geo,
  fit,
  label,
  size,
  shownAt,
  tolerance = 1,
  decimals = 1,
  palette = LIGHT_PALETTE,
  latinFaceOnly = false,
  markerRadius = MARKER_RADIUS,
  theme = 'light',
}: StaticMapDrawingProps) {
  // The interactive map's px in the drawing's (its marks are drawn at SHAPE_RADIUS).
  const scale = markerRadius / SHAPE_RADIUS;
  const [narrowest, widest] = shownAt ?? [frame.width / frame.height, frame.width / frame.height];
  const reach = useMemo(() => overflow(frame, [narrowest, widest]), [frame, narrowest, widest]);
  const view = useMemo(() => seenBox(frame, reach), [frame, reach]);
  const drawn = useMemo(
    () =>
      events.flatMap((event) => {
        const place = event.place;
        if (!place) return [];
        const area = uncertaintyArea(place);
        const km2 = area ? Math.round(areaM2(area) / 1e6) : 0;
        const own = asPath(place.geometry);
        const anchors = anchorPoints(place.geometry);
        const slots = stacks.get(event.id);
        return {
          event,
          look: kinds.look(event.kind),
          area: area ? geometryPath(frame, area, { tolerance: 0.6, view, decimals }) : '',
          // Fainter as it grows, as on the interactive map: a country-sized doubt must not drown it.
          fill: areaFillOpacity(km2),
          km2,
          line:
            own && own.type.endsWith('LineString')
              ? geometryPath(frame, own, { tolerance: 0.6, view, decimals })
              : '',
          anchors: anchors.map((position, index) => ({
            position,
            offset: slotOffset(slots?.[index] ?? 0),
          })),
          hollow: !knownToTheDay(event.time.precision),
          range: event.time.isRange,
        };
      }),
    [events, stacks, frame, kinds, view, decimals],
  );
  // Largest areas first, so they are drawn underneath and smaller ones stay visible.
  const areas = useMemo(
    () => drawn.filter(({ area }) => area !== '').sort((a, b) => b.km2 - a.km2),
    [drawn],
  );
  return (
    <svg
      className="static-map__svg"
      viewBox={`0 0 ${frame.width.toFixed(1)} ${frame.height.toFixed(1)}`}
      preserveAspectRatio={`xMidYMid ${fit}`}
      width={size?.width}
      height={size?.height}
      role={label === undefined ? undefined : 'img'}
      aria-label={label}
      aria-hidden={label === undefined ? true : undefined}
    >
      <rect
        className="sm-water"
        x={rounded(-reach.x)}
        y={rounded(-reach.y)}
        width={rounded(frame.width + 2 * reach.x)}
        height={rounded(frame.height + 2 * reach.y)}
        fill={palette.water}
      />
      {geo && (
        <Basemap
          frame={frame}
          geo={geo}
          tolerance={tolerance}
          view={view}
          decimals={decimals}
          palette={palette}
        />
      )}
      {areas.map(({ event, look, area, fill }) => (
        <path
          key={`area-${event.id}`}
          d={area}
          fill={look.color}
          fillOpacity={rounded(fill, 3)}
          stroke={look.color}
          strokeOpacity={RIM_OPACITY}
          strokeWidth={rounded(RIM_WIDTH * scale)}
          strokeLinejoin="round"
        />
      ))}
      {drawn.map(({ event, look, line }) =>
        line === '' ? null : (
          <path key={`line-${event.id}`} d={line} fill="none" stroke={look.color} strokeWidth={4} />
        ),
      )}
      {/* One group per event (a place of several points has a marker at each). */}
      {drawn.map(({ event, look, anchors, hollow, range }) => (
        <g key={event.id} data-event={event.id}>
          {anchors.map(({ position, offset }, index) => (
            <Marker
              key={index}
              frame={frame}
              position={position}
              offset={offset}
              look={look}
              guess={isGuess(event.review)}
              hollow={hollow}
              range={range}
              radius={markerRadius}
              theme={theme}
            />
          ))}
        </g>
      ))}
      {/* Above the marks and over them, as the live map sets its basemap's names; named within
          the frame only: what bleeds past it is there for the eye. */}
      {geo && (
        <Labels
          frame={frame}
          geo={geo}
          scale={scale}
          decimals={decimals}
          palette={palette}
          latinFaceOnly={latinFaceOnly}
        />
      )}
    </svg>
  );
}
