import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { BASEMAP_LAYER_IDS, BASEMAP_SOURCE_ID, TILE_LAYERS } from './basemap-ids';
import {
  borderLabel,
  borderWidth,
  byZoom,
  CITY_ANCHORS,
  fontBy,
  landTint,
  isCapital,
  isFocusCountry,
  isHighlightedBorder,
  type BasemapFocus,
} from './basemap-expressions';
import {
  BORDER_LABEL,
  COUNTRY_LABEL_SIZES,
  TOWN_LABEL_SIZES,
  TOWN_ZOOMS,
} from './basemap-label-rules';
import { BASEMAP_FONTS, type BasemapPalette } from './basemap-palette';

/** Below this zoom a border is too short for text along it, so one label stands beside it. */
const LINE_LABEL_MIN_ZOOM = 7;

const { everyTown, capitals, population } = TOWN_ZOOMS;
/** Towns named at the zoom (TOWN_ZOOMS says why). */
const cityShown: ExpressionSpecification = [
  'any',
  ['>=', ['zoom'], everyTown],
  ['all', ['>=', ['zoom'], capitals], ['==', ['get', 'rank'], 1]],
  [
    '>=',
    ['get', 'population'],
    ['step', ['zoom'], population.world, population.from, population.region],
  ],
];

const [zoomLow, zoomHigh] = COUNTRY_LABEL_SIZES.zooms;
const [focusLow, focusHigh] = COUNTRY_LABEL_SIZES.focus;
const [otherLow, otherHigh] = COUNTRY_LABEL_SIZES.other;

const [borderLow, borderHigh] = BORDER_LABEL.zooms;
const [borderSmall, borderLarge] = BORDER_LABEL.sizes;

const L = BASEMAP_LAYER_IDS;
const T = TILE_LAYERS;
const source = BASEMAP_SOURCE_ID;

/** The sea: the whole map's ground, under the land. */
export const backgroundLayer = (p: BasemapPalette): LayerSpecification => ({
  id: L.background,
  type: 'background',
  paint: { 'background-color': p.water },
});

function landLayers(p: BasemapPalette, focus: BasemapFocus): LayerSpecification[] {
  const focused = isFocusCountry(focus);
  const highlighted = isHighlightedBorder(focus);
  return [
    backgroundLayer(p),
    {
      id: L.land,
      type: 'fill',
      source,
      'source-layer': T.land,
      paint: { 'fill-color': landTint(focus, p.focusTints, p.land), 'fill-antialias': false },
    },
    {
      id: L.lakes,
      type: 'fill',
      source,
      'source-layer': T.lakes,
      paint: { 'fill-color': p.water },
    },
    {
      id: L.rivers,
      type: 'line',
      source,
      'source-layer': T.rivers,
      minzoom: 2,
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
      id: L.coastline,
      type: 'line',
      source,
      'source-layer': T.coastline,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.coastline, 'line-width': 0.6 },
    },
    {
      id: L.borders,
      type: 'line',
      source,
      'source-layer': T.borders,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.border, 'line-width': borderWidth },
    },
    {
      id: L.focusOutline,
      type: 'line',
      source,
      'source-layer': T.land,
      filter: focused,
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
      id: L.highlightCasing,
      type: 'line',
      source,
      'source-layer': T.borders,
      filter: highlighted,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': p.highlightCasing,
        'line-width': byZoom([
          [3, 4],
          [8, 9],
        ]),
      },
    },
    {
      id: L.highlight,
      type: 'line',
      source,
      'source-layer': T.borders,
      filter: highlighted,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': p.highlight,
        'line-width': byZoom([
          [3, 1.6],
          [8, 3],
        ]),
      },
    },
  ];
}

function labelLayers(p: BasemapPalette, focus: BasemapFocus): LayerSpecification[] {
  const halo = { 'text-halo-color': p.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.4 };
  const highlightText = {
    'text-color': p.highlightText,
    ...halo,
    'text-halo-width': BORDER_LABEL.halo,
  };
  const focused = isFocusCountry(focus);
  const labelled: ExpressionSpecification = [
    'all',
    isHighlightedBorder(focus),
    ['!=', borderLabel(focus), ''],
  ];
  return [
    {
      id: L.highlightLineLabel,
      type: 'symbol',
      source,
      'source-layer': T.borders,
      filter: labelled,
      minzoom: LINE_LABEL_MIN_ZOOM,
      layout: {
        'text-field': borderLabel(focus),
        'text-font': BASEMAP_FONTS.italic,
        'symbol-placement': 'line',
        'symbol-spacing': 250,
        'text-size': 13,
        'text-max-angle': 30,
        'text-offset': [0, 1.5],
      },
      paint: highlightText,
    },
    {
      id: L.cityDots,
      type: 'circle',
      source,
      'source-layer': T.cities,
      filter: cityShown,
      paint: {
        'circle-color': ['case', isCapital, p.capitalDot, p.cityDot],
        'circle-radius': ['case', isCapital, 3.5, 2.5],
        'circle-stroke-color': p.dotStroke,
        'circle-stroke-width': ['case', isCapital, 1.5, 1],
      },
    },
    {
      id: L.cityLabels,
      type: 'symbol',
      source,
      'source-layer': T.cities,
      filter: cityShown,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': fontBy(isCapital),
        'text-size': ['case', isCapital, TOWN_LABEL_SIZES.capital, TOWN_LABEL_SIZES.town],
        'text-variable-anchor-offset': ['literal', CITY_ANCHORS],
        'text-justify': 'auto',
        // Capitals first, then the biggest towns.
        'symbol-sort-key': ['case', isCapital, -1e9, ['-', 0, ['get', 'population']]],
      },
      paint: { 'text-color': p.placeText, ...halo },
    },
    {
      id: L.countryLabels,
      type: 'symbol',
      source,
      'source-layer': T.countryLabels,
      // Big countries are named from the world view on, small ones once there is room.
      filter: ['any', focused, ['>=', ['zoom'], ['get', 'minzoom']]],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': fontBy(focused),
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          zoomLow,
          ['case', focused, focusLow, otherLow],
          zoomHigh,
          ['case', focused, focusHigh, otherHigh],
        ],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
        // Focus countries first, then by size.
        'symbol-sort-key': ['case', focused, -1e9, ['-', 0, ['get', 'area']]],
      },
      paint: {
        'text-color': ['case', focused, p.focusCountryText, p.countryText],
        ...halo,
      },
    },
    {
      id: L.highlightLabel,
      type: 'symbol',
      source,
      'source-layer': T.borderLabels,
      filter: labelled,
      maxzoom: LINE_LABEL_MIN_ZOOM,
      layout: {
        'text-field': borderLabel(focus),
        'text-font': BASEMAP_FONTS.italic,
        'text-size': byZoom([
          [borderLow, borderSmall],
          [borderHigh, borderLarge],
        ]),
        'text-max-width': BORDER_LABEL.maxWidth,
        'text-line-height': BORDER_LABEL.lineHeight,
        // Hangs just below the border's midpoint, clear of the line.
        'text-anchor': 'top',
        'text-offset': [0, BORDER_LABEL.offset],
        'text-allow-overlap': false,
      },
      paint: highlightText,
    },
  ];
}

/** All basemap layers, bottom to top, in one palette, setting apart what `focus` names. */
export const basemapLayers = (p: BasemapPalette, focus: BasemapFocus): LayerSpecification[] => [
  ...landLayers(p, focus),
  ...labelLayers(p, focus),
];
