/**
 * The pieces of a static SVG map, shared by the printed handout and the map shown without
 * WebGL: the basemap and event markers (the names are in StillMapLabels.tsx), in the palette
 * they are given (light unless told: paper is light). Each painted piece also carries a class
 * (still-map-palette.ts) by which a stylesheet can repaint it in another palette (the first map,
 * drawn before the page's theme is known, on a dark page).
 */
import { useMemo } from 'react';
import type { PlaneBox } from '../geo/clip-to-box';
import type { PlaceGeometry } from '../geo/geometry';
import { rounded } from '../geo/svg-path-data';
import type { KindLook } from '../story/kind-looks';
import type { KindSymbol } from '../story/story-schema';
import { LIGHT_PALETTE, type BasemapPalette } from './basemap-palette';
import type { MapTheme } from './event-layers';
import {
  HALO_COLORS,
  HALO_STYLE,
  MARK_WIDTHS,
  OUTLINE,
  RING_RADIUS,
  SHAPE_RADIUS,
} from './kind-icons';
import { shapeVertices } from './kind-shapes';
import type { HandoutGeo } from './static-map-geo';
import { geometryPath, project, type Frame, type PathGeometry } from './static-map';

/** Radius of a marker in SVG units. */
export const MARKER_RADIUS = 13;

/** The points of a geometry that get a marker (points and multipoints). */
export function points(geometry: PlaceGeometry): readonly (readonly number[])[] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'MultiPoint') return geometry.coordinates;
  return [];
}

/** A geometry drawn as a path (lines and areas); undefined for points. */
export function asPath(geometry: PlaceGeometry): PathGeometry | undefined {
  return geometry.type === 'Point' || geometry.type === 'MultiPoint' ? undefined : geometry;
}

/**
 * A kind's shape around (x, y) as path data: its first vertex, then steps between vertices
 * rounded to tenths of a px, the same for every mark of that shape and size, so a page of marks
 * compresses to little more than their first points (each vertex within 0.1 px).
 */
export function shapePath(x: number, y: number, symbol: KindSymbol, radius: number): string {
  const tenths = shapeVertices(symbol, radius).map(([dx, dy]) => [
    Math.round(dx * 10),
    Math.round(dy * 10),
  ]);
  const [first = [0, 0], ...rest] = tenths;
  let [lastX, lastY] = first;
  const steps = rest.map(([vx = 0, vy = 0]) => {
    const step = `${(vx - (lastX ?? 0)) / 10},${(vy - (lastY ?? 0)) / 10}`;
    [lastX, lastY] = [vx, vy];
    return step;
  });
  return `M${rounded(x + (first[0] ?? 0) / 10)},${rounded(y + (first[1] ?? 0) / 10)}l${steps.join(' ')}z`;
}

/**
 * An event's marker, as the interactive map draws it (kind-icons.ts) at `radius`: its kind's
 * shape in its colour on a pale outline, hollow when the date is not known to the day, ringed when
 * the event spans a range, moved by `offset` (the live map's px, scaled) within a stack. A
 * machine's unconfirmed guess also gets a dashed ring, as on the interactive map, so a still map
 * never passes a guess off as fact.
 */
export function Marker({
  frame,
  position,
  look,
  guess = false,
  hollow = false,
  range = false,
  offset = [0, 0],
  radius = MARKER_RADIUS,
  theme = 'light',
}: {
  frame: Frame;
  position: readonly number[];
  look: KindLook;
  guess?: boolean;
  hollow?: boolean;
  range?: boolean;
  /** From the place, in the interactive map's px: a slot in a stack (marker-stacks.ts). */
  offset?: readonly [number, number];
  /** The shape's nominal radius in the drawing's px (SHAPE_RADIUS on the interactive map). */
  radius?: number;
  /** The guess ring's colours (a stylesheet may repaint them: still-map-palette.ts). */
  theme?: MapTheme;
}) {
  // The interactive map's px in the drawing's: every width keeps its ratio to the shape.
  const scale = radius / SHAPE_RADIUS;
  const [px, py] = project(frame, [...position]);
  const [x, y] = [px + offset[0] * scale, py + offset[1] * scale];
  const outline = shapePath(x, y, look.symbol, radius);
  const halo = HALO_STYLE.guess;
  return (
    <g>
      {guess && (
        <circle
          className="sm-guess"
          cx={rounded(x)}
          cy={rounded(y)}
          r={rounded(halo.radius * scale)}
          fill={HALO_COLORS[theme].disc}
          fillOpacity={halo.alpha}
          stroke={HALO_COLORS[theme].ring}
          strokeWidth={rounded(halo.width * scale)}
          strokeDasharray={halo.dash?.map((step) => rounded(step * scale)).join(' ')}
        />
      )}
      {range &&
        // The ring in the kind's colour on a pale casing, as the icon strokes it.
        [OUTLINE, look.color].map((stroke, layer) => (
          <circle
            key={layer}
            cx={rounded(x)}
            cy={rounded(y)}
            r={rounded(RING_RADIUS * scale)}
            fill="none"
            stroke={stroke}
            strokeWidth={rounded((layer === 0 ? MARK_WIDTHS.ringCasing : MARK_WIDTHS.ring) * scale)}
          />
        ))}
      <path
        d={outline}
        fill={hollow ? OUTLINE : look.color}
        stroke={OUTLINE}
        strokeWidth={rounded(MARK_WIDTHS.outline * scale)}
        strokeLinejoin="round"
        // Stroked under the fill, as the icon is: half the outline shows outside the shape.
        paintOrder="stroke"
      />
      {hollow && (
        <path
          d={outline}
          fill="none"
          stroke={look.color}
          strokeWidth={rounded(MARK_WIDTHS.hollow * scale)}
          strokeLinejoin="round"
        />
      )}
    </g>
  );
}

/** Land, the story's focus countries set apart, lakes and its highlighted borders. */
export function Basemap({
  frame,
  geo,
  tolerance = 1,
  view,
  decimals,
  palette = LIGHT_PALETTE,
}: {
  frame: Frame;
  geo: HandoutGeo;
  /** Vertices closer than this (px) to the last one kept are left out; the borders keep more. */
  tolerance?: number;
  /** The part of the drawing that can be seen (see geometryPath): the frame's unless told. */
  view?: PlaneBox;
  decimals?: number;
  palette?: BasemapPalette;
}) {
  const paths = useMemo(() => {
    const path = (geometry: PathGeometry, scale = 1) =>
      geometryPath(frame, geometry, { tolerance: tolerance * scale, view, decimals });
    return {
      land: geo.land
        .flatMap(polygonsOf)
        .map((geometry) => path(geometry))
        .filter((d) => d !== ''),
      focus: geo.focus.map(({ iso2, order, geometry }) => ({ iso2, order, d: path(geometry) })),
      lakes: geo.lakes.map((geometry) => path(geometry)).join(''),
      border: geo.border.map((geometry) => path(geometry, 0.4)).join(''),
    };
  }, [frame, geo, tolerance, view, decimals]);
  return (
    <>
      {/* One path per polygon: Chromium strokes a small path quickly, but stroked as one path
          the world's land took its GPU process a second or more in software GL (SwiftShader),
          which held back everything after the first paint, the live map's WebGL context too. */}
      <g className="sm-land" fill={palette.land} stroke={palette.border} strokeWidth={1.2}>
        {paths.land.map((d, index) => (
          <path key={index} d={d} />
        ))}
      </g>
      {paths.focus.map(({ iso2, order, d }) => (
        <path
          key={iso2}
          className={`sm-focus-${order % palette.focusTints.length}`}
          d={d}
          fill={palette.focusTints[order % palette.focusTints.length]}
          stroke={palette.focusOutline}
          strokeWidth={1.6}
        />
      ))}
      <path className="sm-water" d={paths.lakes} fill={palette.water} />
      <path
        className="sm-highlight"
        d={paths.border}
        fill="none"
        stroke={palette.highlight}
        strokeWidth={2.4}
      />
    </>
  );
}

/** A multipolygon's polygons, each with its holes; any other geometry as it is. */
function polygonsOf(geometry: PathGeometry): readonly PathGeometry[] {
  if (geometry.type !== 'MultiPolygon') return [geometry];
  return geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
}
