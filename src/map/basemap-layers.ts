import type { LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { BASEMAP_LAYER_IDS, BASEMAP_SOURCE_IDS } from './basemap-ids';
import {
  anchorsFirst,
  borderWidth,
  byZoom,
  fontBy,
  isBorderLine,
  isCapital,
  isFocusCountry,
  placeShown,
} from './basemap-expressions';
import { BASEMAP_FONTS, type BasemapPalette } from './basemap-palette';

/** Below this zoom the border is too short for text along it, so a fixed label stands beside it. */
const PANJ_LINE_LABEL_MIN_ZOOM = 7;

/** Rivers are only built for the region; below this zoom their cut ends would show. */
const RIVERS_MIN_ZOOM = 3.5;

const S = BASEMAP_SOURCE_IDS;
const L = BASEMAP_LAYER_IDS;

function landLayers(p: BasemapPalette): LayerSpecification[] {
  return [
    { id: L.background, type: 'background', paint: { 'background-color': p.water } },
    {
      id: L.contextLand,
      type: 'fill',
      source: S.context,
      paint: { 'fill-color': p.land, 'fill-antialias': false },
    },
    {
      id: L.contextBorders,
      type: 'line',
      source: S.borders,
      filter: ['==', ['get', 'detail'], 'context'],
      paint: { 'line-color': p.border, 'line-width': borderWidth },
    },
    {
      id: L.countries,
      type: 'fill',
      source: S.countries,
      filter: ['!', ['get', 'focus']],
      paint: { 'fill-color': p.land, 'fill-antialias': false },
    },
    {
      id: L.focusFill,
      type: 'fill',
      source: S.countries,
      filter: ['get', 'focus'],
      paint: {
        'fill-color': ['match', ['get', 'iso2'], 'TJ', p.tajikistan, 'AF', p.afghanistan, p.land],
        'fill-antialias': false,
      },
    },
    {
      id: L.lakes,
      type: 'fill',
      source: S.water,
      filter: ['==', ['get', 'kind'], 'lake'],
      paint: { 'fill-color': p.water },
    },
    {
      id: L.rivers,
      type: 'line',
      source: S.water,
      minzoom: RIVERS_MIN_ZOOM,
      filter: ['==', ['get', 'kind'], 'river'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': p.river,
        'line-width': byZoom([
          [4, 0.6],
          [8, 1.4],
        ]),
      },
    },
    {
      id: L.borders,
      type: 'line',
      source: S.borders,
      filter: ['==', ['get', 'detail'], 'region'],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': p.border,
        'line-width': borderWidth,
      },
    },
    {
      id: L.focusOutline,
      type: 'line',
      source: S.countries,
      filter: ['get', 'focus'],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': p.focusOutline,
        'line-width': byZoom([
          [3, 0.9],
          [8, 1.8],
        ]),
      },
    },
    {
      id: L.panjCasing,
      type: 'line',
      source: S.tjAfBorder,
      filter: isBorderLine,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': p.panjCasing,
        'line-width': byZoom([
          [3, 4],
          [8, 9],
        ]),
      },
    },
    {
      id: L.panj,
      type: 'line',
      source: S.tjAfBorder,
      filter: isBorderLine,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': p.panj,
        'line-width': byZoom([
          [3, 1.6],
          [8, 3],
        ]),
      },
    },
  ];
}

function labelLayers(p: BasemapPalette): LayerSpecification[] {
  const halo = { 'text-halo-color': p.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.4 };
  const panjText = { 'text-color': p.panjText, ...halo, 'text-halo-width': 1.8 };
  const panjLayout: SymbolLayerSpecification['layout'] = {
    'text-field': ['get', 'label'],
    'text-font': BASEMAP_FONTS.italic,
  };
  // Placed top first: the Panj callout, then places, then country names.
  return [
    {
      id: L.panjLabel,
      type: 'symbol',
      source: S.tjAfBorder,
      // A smoothed copy of the river: text cannot follow its tight bends.
      filter: ['==', ['get', 'role'], 'label-path'],
      minzoom: PANJ_LINE_LABEL_MIN_ZOOM,
      layout: {
        ...panjLayout,
        'symbol-placement': 'line',
        'symbol-spacing': 250,
        'text-size': 13,
        'text-max-angle': 30,
        'text-offset': [0, 1.5],
      },
      paint: panjText,
    },
    {
      id: L.waterLabels,
      type: 'symbol',
      source: S.labels,
      filter: ['==', ['get', 'kind'], 'water'],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': BASEMAP_FONTS.italic,
        'text-size': 12,
        'text-max-width': 6,
      },
      paint: { 'text-color': p.waterText },
    },
    {
      id: L.countryLabels,
      type: 'symbol',
      source: S.labels,
      filter: ['==', ['get', 'kind'], 'country'],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': fontBy(isFocusCountry),
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          3,
          ['case', isFocusCountry, 12, 10.5],
          6,
          ['case', isFocusCountry, 15, 12.5],
        ],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: {
        'text-color': ['case', isFocusCountry, p.focusCountryText, p.countryText],
        ...halo,
      },
    },
    {
      id: L.placeDots,
      type: 'circle',
      source: S.places,
      filter: placeShown,
      paint: {
        'circle-color': ['case', isCapital, p.capitalDot, p.cityDot],
        'circle-radius': ['case', isCapital, 3.5, 2.5],
        'circle-stroke-color': p.dotStroke,
        'circle-stroke-width': ['case', isCapital, 1.5, 1],
      },
    },
    {
      id: L.placeLabels,
      type: 'symbol',
      source: S.places,
      filter: placeShown,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': fontBy(isCapital),
        'text-size': ['case', isCapital, 13, 12],
        'text-variable-anchor-offset': [
          'match',
          ['get', 'labelSide'],
          'left',
          ['literal', anchorsFirst('right')],
          ['literal', anchorsFirst('left')],
        ],
        'text-justify': 'auto',
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': p.placeText, ...halo },
    },
    {
      id: L.panjCallout,
      type: 'symbol',
      source: S.tjAfBorder,
      filter: ['all', ['==', ['get', 'role'], 'label-point'], ['>=', ['zoom'], ['get', 'minzoom']]],
      maxzoom: PANJ_LINE_LABEL_MIN_ZOOM,
      layout: {
        ...panjLayout,
        'text-size': byZoom([
          [4, 11],
          [6, 12.5],
        ]),
        'text-max-width': 9,
        'text-line-height': 1.15,
        // Each anchor sits just off the river; the text stands on it or hangs from it.
        'text-anchor': ['match', ['get', 'anchor'], 'top', 'top', 'bottom'],
      },
      paint: panjText,
    },
  ];
}

/** All basemap layers, bottom to top, in one palette. */
export const basemapLayers = (p: BasemapPalette): LayerSpecification[] => [
  ...landLayers(p),
  ...labelLayers(p),
];
