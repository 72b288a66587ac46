/**
 * The pieces of a static SVG map, shared by the printed handout and the map shown without
 * WebGL: the basemap, its labels and event markers, in the palette they are given (light unless
 * told: paper is light). Each painted piece also carries a class (still-map-palette.ts) by which
 * a stylesheet can repaint it in another palette (the first map, drawn before the page's theme is
 * known, on a dark page).
 */
import { useMemo } from 'react';
import type { PlaneBox } from '../geo/clip-to-box';
import type { PlaceGeometry } from '../geo/geometry';
import { rounded } from '../geo/svg-path-data';
import type { KindLook } from '../story/kind-looks';
import type { KindSymbol } from '../story/story-schema';
import { countryLabelSize, TOWN_LABEL_SIZES } from './basemap-label-rules';
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
import type { HandoutGeo, HandoutLabel } from './static-map-geo';
import {
  geometryPath,
  placeLabels,
  project,
  type Box,
  type Frame,
  type LabelSpot,
  type PathGeometry,
} from './static-map';
import { inLatinFace } from './latin-glyphs';

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

/** A label's size in the live map's px at `zoom` (basemap-label-rules.ts). */
function liveLabelSize({ kind, strong }: HandoutLabel, zoom: number): number {
  if (kind === 'country') return countryLabelSize(strong, zoom);
  return kind === 'city' && !strong ? TOWN_LABEL_SIZES.town : TOWN_LABEL_SIZES.capital;
}

/** The live map's zoom at which a frame shows what the drawing does, `scale` px of it per px. */
function liveZoom(frame: Frame, scale: number): number {
  return Math.log2(frame.width / scale / ((frame.x1 - frame.x0) * 512));
}

/** Country names are set in capitals spaced 0.12 em apart, as on the live map. */
const COUNTRY_SPACING = 0.12;
/** A capital letter of Noto Sans is about this wide, in ems, with the spacing. */
const COUNTRY_EM = 0.66 + COUNTRY_SPACING;
/** A town's name starts this many ems right of its dot (CITY_ANCHORS' first anchor). */
const TOWN_OFFSET = 0.6;
/** The live map's text halo, px (text-halo-width): an SVG stroke reaches half its width out. */
const HALO_WIDTH = 1.4;
/** The live map's town dots, px: radius and stroke (MapLibre strokes outside the radius). */
const DOT = { capital: { radius: 3.5, stroke: 1.5 }, town: { radius: 2.5, stroke: 1 } } as const;

/**
 * Country, water and city names in the live map's looks: a focus country and a capital bold and
 * darker, other countries lighter, every town with its dot. Where `marks` are given (a printed
 * locator map) the names keep clear of them and a town under a mark is named beside it; without
 * them the names are placed as the live map places its own, over the marks.
 */
export function Labels({
  frame,
  geo,
  marks = [],
  scale = 1.5,
  decimals = 1,
  palette = LIGHT_PALETTE,
  latinFaceOnly = false,
}: {
  frame: Frame;
  geo: HandoutGeo;
  marks?: readonly Box[];
  /** Px of the drawing per px of the live map. */
  scale?: number;
  /** Decimal places of the labels' px. */
  decimals?: number;
  palette?: BasemapPalette;
  /**
   * Labels Noto Sans's Latin face cannot draw are set in the system's sans-serif: a placeholder's
   * labels then make the page fetch no other face of Noto Sans (a 56 KB file for "İzmir").
   */
  latinFaceOnly?: boolean;
}) {
  const { placed, dots } = useMemo(() => {
    const zoom = liveZoom(frame, scale);
    // The names the live map shows at this zoom.
    const shown = geo.labels.filter(({ minZoom }) => zoom >= minZoom);
    const candidates = shown.map((label) => {
      const [x, y] = project(frame, [...label.position]);
      const city = label.kind === 'city';
      const country = label.kind === 'country';
      const size = liveLabelSize(label, zoom) * scale;
      // A town's name sits to the right of its dot, or of the event's mark when that covers it;
      // else left of the dot, below it or above it, as the live map tries (CITY_ANCHORS).
      const cover = marks.find(([l, t, r, b]) => x >= l && x <= r && y >= t && y <= b);
      const offset = TOWN_OFFSET * size;
      const middle = y + size * 0.35;
      const spot: LabelSpot = city
        ? { x: cover ? cover[2] + 4 : x + offset, y: middle, anchor: 'start' }
        : { x, y, anchor: 'middle' };
      const otherSpots: readonly LabelSpot[] =
        city && !cover
          ? [
              { x: x - offset, y: middle, anchor: 'end' },
              { x, y: y + offset + size * 0.8, anchor: 'middle' },
              { x, y: y - offset, anchor: 'middle' },
            ]
          : [];
      return {
        label,
        text: country ? label.name.toUpperCase() : label.name,
        ...spot,
        otherSpots,
        dot: city && !cover ? { x, y } : undefined,
        size,
        em: country ? COUNTRY_EM : undefined,
      };
    });
    const placed = placeLabels(candidates, frame.width, frame.height, marks);
    // As the live map's layer of dots, under every name: each town it names at this zoom has its
    // dot, even where the name gave way to another.
    const dots = candidates.flatMap(({ label, dot }) =>
      dot && dot.x >= 0 && dot.y >= 0 && dot.x <= frame.width && dot.y <= frame.height
        ? [{ ...dot, look: label.strong ? DOT.capital : DOT.town, capital: label.strong }]
        : [],
    );
    return { placed, dots };
  }, [frame, geo, marks, scale]);
  return (
    <g fontFamily="Noto Sans, sans-serif">
      {dots.map(({ x, y, look, capital }) => (
        <circle
          key={`${x} ${y}`}
          className={capital ? 'sm-city-dot' : 'sm-town-dot'}
          cx={rounded(x, decimals)}
          cy={rounded(y, decimals)}
          r={rounded((look.radius + look.stroke / 2) * scale, decimals)}
          fill={capital ? palette.capitalDot : palette.cityDot}
          stroke={palette.dotStroke}
          strokeWidth={rounded(look.stroke * scale, decimals)}
        />
      ))}
      {placed.map(({ label, text, x, y, size, anchor }) => {
        const country = label.kind === 'country';
        const focus = country && label.strong;
        return (
          <text
            key={`${label.kind}-${label.name}`}
            className={focus ? 'sm-label-focus' : `sm-label-${label.kind}`}
            x={rounded(x, decimals)}
            y={rounded(y, decimals)}
            fontSize={rounded(size, decimals)}
            textAnchor={anchor}
            fill={
              label.kind === 'water'
                ? palette.highlightText
                : label.kind === 'city'
                  ? palette.placeText
                  : focus
                    ? palette.focusCountryText
                    : palette.countryText
            }
            fontStyle={label.kind === 'water' ? 'italic' : undefined}
            // 600, the page's bold face: the first view then fetches no other face.
            fontWeight={label.strong ? 600 : undefined}
            letterSpacing={country ? rounded(COUNTRY_SPACING * size, decimals) : undefined}
            stroke={label.kind === 'water' ? palette.water : palette.halo}
            strokeWidth={rounded(2 * HALO_WIDTH * scale, decimals)}
            paintOrder="stroke"
            fontFamily={latinFaceOnly && !inLatinFace(text) ? 'sans-serif' : undefined}
          >
            {text}
          </text>
        );
      })}
    </g>
  );
}
