// Expressions shared by the basemap layers: zoom ramps, the story's focus countries and
// highlighted borders as filters, font and anchor choices.
import type { ExpressionSpecification } from 'maplibre-gl';
import { BASEMAP_FONTS } from './basemap-palette';

/** What a story asks the basemap to set apart (the story's `map` block, ISO 3166 alpha-2 codes). */
export interface BasemapFocus {
  readonly focusCountries: readonly string[];
  readonly borders: readonly {
    readonly countries: readonly [string, string];
    readonly label?: string | undefined;
  }[];
}

/** Nothing set apart: a plain world map. */
export const NO_FOCUS: BasemapFocus = { focusCountries: [], borders: [] };

/** A value interpolated linearly between [zoom, value] stops. */
export const byZoom = (stops: [number, number][]): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  ...stops.flat(),
];

/** True for a feature whose `iso2` is one of the focus countries. */
export const isFocusCountry = (focus: BasemapFocus): ExpressionSpecification => [
  'in',
  ['get', 'iso2'],
  ['literal', [...focus.focusCountries]],
];

/**
 * The land's colour: each focus country's tint, in the order the story names them, and `land`
 * for every other country. One layer paints all the land: a second one for the focus countries
 * cost its own shader program (37 ms at its first draw in software GL) and a pass per frame.
 */
export function landTint(
  focus: BasemapFocus,
  tints: readonly string[],
  land: string,
): ExpressionSpecification {
  // A match expression refuses a label twice: a country named twice keeps its first tint.
  const codes = [...new Set(focus.focusCountries)];
  return matchOf(
    ['get', 'iso2'],
    codes.map((code, i) => [code, tints[i % tints.length] ?? land]),
    land,
  );
}

/** A `match` on `input` over [label, output] pairs, or the fallback alone for no pairs. */
function matchOf(
  input: ExpressionSpecification,
  pairs: readonly (readonly [string, string])[],
  fallback: string,
): ExpressionSpecification {
  const [first, ...rest] = pairs;
  if (!first) return ['literal', fallback];
  return ['match', input, first[0], first[1], ...rest.flat(), fallback];
}

/** A border's pair as the tiles store it: the two codes sorted, as `a` and `b`. */
function sortedPair([x, y]: readonly [string, string]): [string, string] {
  return x <= y ? [x, y] : [y, x];
}

/** The highlighted borders' key ("AF|TJ"), matched against a tile feature's `a` and `b`. */
const pairKey: ExpressionSpecification = ['concat', ['get', 'a'], '|', ['get', 'b']];

const keys = (borders: BasemapFocus['borders']) =>
  borders.map(({ countries }) => sortedPair(countries).join('|'));

/** True for a border line (or its label anchor) between two countries the story highlights. */
export function isHighlightedBorder(focus: BasemapFocus): ExpressionSpecification {
  return ['in', pairKey, ['literal', keys(focus.borders)]];
}

/**
 * The name the story gives each highlighted border, by its pair's key ("AF|TJ", the codes
 * sorted as the tiles store them); a pair named twice keeps its first name. The live map's
 * border labels and the still maps' read it.
 */
export function borderNames(focus: BasemapFocus): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  focus.borders.forEach((border, i) => {
    const key = keys(focus.borders)[i];
    if (border.label && key !== undefined && !names.has(key)) names.set(key, border.label);
  });
  return names;
}

/** The label the story gives each highlighted border ('' where it gives none). */
export function borderLabel(focus: BasemapFocus): ExpressionSpecification {
  return matchOf(pairKey, [...borderNames(focus)], '');
}

/** Capitals are rank 1 in the tiles' cities. */
export const isCapital: ExpressionSpecification = ['==', ['get', 'rank'], 1];

/** Bold where `condition` holds, regular elsewhere. */
export const fontBy = (condition: ExpressionSpecification): ExpressionSpecification => [
  'case',
  condition,
  ['literal', BASEMAP_FONTS.bold],
  ['literal', BASEMAP_FONTS.regular],
];

/** Text anchors with offsets (in ems) from a place's dot, right of the dot first. */
export const CITY_ANCHORS: (string | [number, number])[] = [
  'left',
  [0.6, 0],
  'right',
  [-0.6, 0],
  'top',
  [0, 0.5],
  'bottom',
  [0, -0.5],
];

/** One width for every country border, so the scales meet without a step. */
export const borderWidth = byZoom([
  [3, 0.5],
  [8, 1.2],
]);
