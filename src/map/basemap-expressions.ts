// Expressions shared by the basemap layers: zoom ramps, feature tests, font and anchor choices.
import type { ExpressionSpecification } from 'maplibre-gl';
import { BASEMAP_FONTS } from './basemap-palette';

/** A value interpolated linearly between [zoom, value] stops. */
export const byZoom = (stops: [number, number][]): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  ...stops.flat(),
];

/** Rank 1 means a capital in places and a focus country in labels. */
export const isCapital: ExpressionSpecification = ['==', ['get', 'rank'], 1];
export const isFocusCountry = isCapital;

/**
 * Capitals always, major cities from zoom 4, towns from zoom 6: below those they crowd out
 * the focus labels. (Zoom in a filter is read at whole zoom levels.)
 */
export const placeShown: ExpressionSpecification = [
  '>=',
  ['zoom'],
  ['match', ['get', 'rank'], 1, 0, 2, 4, 6],
];

export const isBorderLine: ExpressionSpecification = ['==', ['get', 'role'], 'border'];

/** Bold where `condition` holds, regular elsewhere. */
export const fontBy = (condition: ExpressionSpecification): ExpressionSpecification => [
  'case',
  condition,
  ['literal', BASEMAP_FONTS.bold],
  ['literal', BASEMAP_FONTS.regular],
];

/** Text anchors with offsets (in ems) from a place's dot, `first` tried first. */
export function anchorsFirst(first: 'left' | 'right'): (string | [number, number])[] {
  const all: [string, [number, number]][] = [
    ['left', [0.6, 0]],
    ['right', [-0.6, 0]],
    ['top', [0, 0.5]],
    ['bottom', [0, -0.5]],
  ];
  return all.sort(([a], [b]) => Number(b === first) - Number(a === first)).flat();
}

/** One width for every country border, so the 1:50m and 1:10m lines meet without a step. */
export const borderWidth = byZoom([
  [3, 0.5],
  [8, 1.2],
]);
