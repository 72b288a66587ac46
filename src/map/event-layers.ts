/**
 * The story's layers on the map, as typed style specifications. Selecting changes `selectedId` in
 * global state and a feature state; hovering changes a feature state. The GeoJSON itself is never
 * rebuilt. The time window reaches the layers one of two ways (WindowBy).
 */
import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  StateSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { isKindSymbol, type KindSymbol } from '../story/kind-names';
import { stackOffsetExpression } from './marker-stacks';
import { AREA_LOOK } from './area-look';

/** The selected marker is drawn this much larger. */
const SELECTED_ICON_SIZE = 1.3;

/** Light or dark map. */
export type MapTheme = 'light' | 'dark';

/** GeoJSON sources of the story, one per kind of geometry. */
export const EVENT_SOURCE_IDS = {
  areas: 'dateline-event-areas',
  lines: 'dateline-event-lines',
  markers: 'dateline-event-markers',
} as const;

/** Layer ids of the story, bottom to top. */
export const EVENT_LAYER_IDS = {
  areaFill: 'dateline-area-fill',
  areaOutline: 'dateline-area-outline',
  lineCasing: 'dateline-line-casing',
  line: 'dateline-line',
  guessRing: 'dateline-guess-ring',
  markerHalo: 'dateline-marker-halo',
  markers: 'dateline-markers',
  selectedHalo: 'dateline-selected-halo',
  selectedMarker: 'dateline-selected-marker',
} as const;

/** The marks: markers and lines. A click within a finger's width of one still takes it. */
export const MARK_LAYER_IDS: readonly string[] = [
  EVENT_LAYER_IDS.selectedMarker,
  EVENT_LAYER_IDS.markers,
  EVENT_LAYER_IDS.line,
];

/**
 * Layers whose features answer hover and click: the marks, then the areas (a country's outline),
 * which answer only where no mark is (see topFeature in map-events.ts).
 */
export const INTERACTIVE_LAYER_IDS: readonly string[] = [
  ...MARK_LAYER_IDS,
  EVENT_LAYER_IDS.areaFill,
];

/** Global state the event layers read; set with map.setGlobalStateProperty. */
export const GLOBAL_STATE = { from: 'from', to: 'to', selectedId: 'selectedId' } as const;

/** Defaults before the app sets them: an empty window, so nothing flashes up unfiltered. */
export const EVENT_STATE: StateSpecification = {
  [GLOBAL_STATE.from]: { default: 0 },
  [GLOBAL_STATE.to]: { default: 0 },
  [GLOBAL_STATE.selectedId]: { default: '' },
};

/** Feature-state keys, set per event id with map.setFeatureState. */
export const FEATURE_STATE = { hovered: 'hovered', selected: 'selected', shown: 'shown' } as const;

/**
 * How the layers follow the time window.
 * - `state`: every feature is on its layers, and the feature state `shown` (in the window) sets
 *   its opacity. A step changes the state of the events that enter or leave the window, and
 *   MapLibre rewrites their paint values on its next frame: no tile is laid out again. A filter
 *   reading global state made MapLibre reload the source and its worker tile and place every
 *   feature again on every step, then draw a frame or two more (a 20-event step 130–150 ms from
 *   the key to the frame in software GL). For stories whose marks MapLibre draws.
 * - `filter`: the layers' filters read the window from global state (`from`, `to`): an event
 *   outside it is not drawn at all. For a large story's areas and lines (its points are the
 *   GPU's), which could be thousands of areas, drawn at zero opacity every frame otherwise.
 */
export type WindowBy = 'state' | 'filter';

/** True for events whose [start, end) overlaps the window in global state [from, to). */
export function timeFilter(): ExpressionSpecification {
  return [
    'all',
    ['<', ['get', 'start'], ['global-state', GLOBAL_STATE.to]],
    ['>', ['get', 'end'], ['global-state', GLOBAL_STATE.from]],
  ];
}

/** The selected event (drawn only while it is in the window). */
const isSelectedId: ExpressionSpecification = [
  '==',
  ['get', 'id'],
  ['global-state', GLOBAL_STATE.selectedId],
];

/** Each feature carries its kind's colour (event-features.ts), so any story's kinds draw. */
function kindColor(): ExpressionSpecification {
  return ['to-color', ['get', 'color'], '#555555'];
}

/** In the window (WindowBy `state`); unset until the map is told, so nothing flashes up. */
const isShown: ExpressionSpecification = ['boolean', ['feature-state', FEATURE_STATE.shown], false];

/** `opacity` while the feature is in the window, else none: the `state` way of filtering. */
function whenShown(
  opacity: number | ExpressionSpecification,
  windowBy: WindowBy,
): number | ExpressionSpecification {
  return windowBy === 'state' ? ['case', isShown, opacity, 0] : opacity;
}

/** A layer's filter: `filter` and, with WindowBy `filter`, the time window. */
function windowFilter(
  windowBy: WindowBy,
  filter?: ExpressionSpecification,
): { filter?: ExpressionSpecification } {
  if (windowBy === 'state') return filter ? { filter } : {};
  return { filter: filter ? ['all', timeFilter(), filter] : timeFilter() };
}

const isSelected: ExpressionSpecification = [
  'boolean',
  ['feature-state', FEATURE_STATE.selected],
  false,
];
const isHovered: ExpressionSpecification = [
  'boolean',
  ['feature-state', FEATURE_STATE.hovered],
  false,
];

/** How a kind's marks look, as the map's features carry it: "triangle_d55e00". */
export function lookKey(look: { readonly symbol: KindSymbol; readonly color: string }): string {
  return `${look.symbol}_${look.color.replace('#', '').toLowerCase()}`;
}

/**
 * Name of a marker image: symbol and colour, solid (known to the day) or hollow, and a ring for a
 * range. The name says all there is to draw, so any story's kinds draw without a lookup.
 */
export function iconName(
  look: { readonly symbol: KindSymbol; readonly color: string },
  hollow: boolean,
  range: boolean,
): string {
  return `dateline-${lookKey(look)}-${hollow ? 'hollow' : 'solid'}${range ? '-range' : ''}`;
}

/** The same name, computed by the map from a feature's properties. */
export function iconNameExpression(): ExpressionSpecification {
  return [
    'concat',
    'dateline-',
    ['get', 'look'],
    ['case', ['get', 'approximate'], '-hollow', '-solid'],
    ['case', ['get', 'isRange'], '-range', ''],
  ];
}

/** What a marker image name asks for; undefined for names that are not ours. */
export function parseIconName(
  name: string,
): { symbol: KindSymbol; color: string; hollow: boolean; range: boolean } | undefined {
  const match = /^dateline-([a-z-]+)_([0-9a-f]{6})-(solid|hollow)(-range)?$/.exec(name);
  const symbol = match?.[1];
  if (!match || !isKindSymbol(symbol)) return undefined;
  return {
    symbol,
    color: `#${match[2]}`,
    hollow: match[3] === 'hollow',
    range: match[4] !== undefined,
  };
}

/** The ring behind a hovered or selected marker, or the dashed one around a guess. */
export type HaloKind = 'hover' | 'selected' | 'guess';

/** Name of a halo image; the theme decides light-on-dark or dark-on-light. */
export function haloName(halo: HaloKind, theme: MapTheme): string {
  return `dateline-halo-${halo}-${theme}`;
}

/** What a halo image name asks for; undefined for other names. */
export function parseHaloName(name: string): { halo: HaloKind; theme: MapTheme } | undefined {
  const match = /^dateline-halo-(hover|selected|guess)-(light|dark)$/.exec(name);
  if (!match) return undefined;
  return {
    halo: match[1] === 'selected' ? 'selected' : match[1] === 'guess' ? 'guess' : 'hover',
    theme: match[2] === 'dark' ? 'dark' : 'light',
  };
}

const CASING = { light: '#ffffff', dark: '#16202a' } as const;
const RING = { light: '#111111', dark: '#ffffff' } as const;

const areaOpacity: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['get', 'areaKm2'],
  ...AREA_LOOK.fillBySize.flat(),
];

function areaLayers(windowBy: WindowBy): [FillLayerSpecification, LineLayerSpecification] {
  const { rim } = AREA_LOOK;
  return [
    {
      id: EVENT_LAYER_IDS.areaFill,
      type: 'fill',
      source: EVENT_SOURCE_IDS.areas,
      ...windowFilter(windowBy),
      paint: {
        'fill-color': kindColor(),
        'fill-opacity': whenShown(
          [
            'case',
            isSelected,
            AREA_LOOK.fill.selected,
            isHovered,
            AREA_LOOK.fill.hovered,
            areaOpacity,
          ],
          windowBy,
        ),
        'fill-antialias': false,
      },
    },
    {
      id: EVENT_LAYER_IDS.areaOutline,
      type: 'line',
      source: EVENT_SOURCE_IDS.areas,
      ...windowFilter(windowBy),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': kindColor(),
        'line-width': [
          'case',
          isSelected,
          rim.selected.width,
          isHovered,
          rim.hovered.width,
          rim.plain.width,
        ],
        'line-blur': [
          'case',
          isSelected,
          rim.selected.blur,
          isHovered,
          rim.hovered.blur,
          rim.plain.blur,
        ],
        'line-opacity': whenShown(
          [
            'case',
            isSelected,
            rim.selected.opacity,
            isHovered,
            rim.hovered.opacity,
            rim.plain.opacity,
          ],
          windowBy,
        ),
      },
    },
  ];
}

function lineLayers(
  theme: MapTheme,
  windowBy: WindowBy,
): [LineLayerSpecification, LineLayerSpecification] {
  const layout = { 'line-join': 'round', 'line-cap': 'round' } as const;
  return [
    {
      id: EVENT_LAYER_IDS.lineCasing,
      type: 'line',
      source: EVENT_SOURCE_IDS.lines,
      ...windowFilter(windowBy),
      layout,
      paint: {
        'line-color': ['case', isSelected, RING[theme], CASING[theme]],
        'line-width': ['case', isSelected, 11, isHovered, 10, 8],
        'line-opacity': whenShown(0.9, windowBy),
      },
    },
    {
      id: EVENT_LAYER_IDS.line,
      type: 'line',
      source: EVENT_SOURCE_IDS.lines,
      ...windowFilter(windowBy),
      layout,
      paint: {
        'line-color': kindColor(),
        'line-width': ['case', isSelected, 6, 4.5],
        'line-opacity': whenShown(['case', ['get', 'approximate'], 0.7, 1], windowBy),
      },
    },
  ];
}

/** A guess's mark looks unconfirmed: a dashed ring around it, in every theme. */
function guessRingLayer(theme: MapTheme, windowBy: WindowBy): SymbolLayerSpecification {
  return {
    id: EVENT_LAYER_IDS.guessRing,
    type: 'symbol',
    source: EVENT_SOURCE_IDS.markers,
    ...windowFilter(windowBy, ['==', ['get', 'guess'], true]),
    layout: {
      'icon-image': haloName('guess', theme),
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'icon-offset': stackOffsetExpression(),
    },
    paint: { 'icon-opacity': whenShown(1, windowBy) },
  };
}

function markerLayers(
  theme: MapTheme,
  windowBy: WindowBy,
): [
  SymbolLayerSpecification,
  SymbolLayerSpecification,
  SymbolLayerSpecification,
  SymbolLayerSpecification,
] {
  const always = { 'icon-allow-overlap': true, 'icon-ignore-placement': true } as const;
  const marker = {
    'icon-image': iconNameExpression(),
    'icon-allow-overlap': true,
    'symbol-z-order': 'source',
  } as const;
  return [
    {
      id: EVENT_LAYER_IDS.markerHalo,
      type: 'symbol',
      source: EVENT_SOURCE_IDS.markers,
      ...windowFilter(windowBy),
      layout: {
        ...always,
        'icon-image': haloName('hover', theme),
        'icon-offset': stackOffsetExpression(),
      },
      paint: { 'icon-opacity': whenShown(['case', isHovered, 1, 0], windowBy) },
    },
    {
      id: EVENT_LAYER_IDS.markers,
      type: 'symbol',
      source: EVENT_SOURCE_IDS.markers,
      ...windowFilter(windowBy),
      // Town names stay: markers neither hide them nor push them away.
      layout: { ...marker, 'icon-ignore-placement': true, 'icon-offset': stackOffsetExpression() },
      paint: { 'icon-opacity': whenShown(1, windowBy) },
    },
    {
      id: EVENT_LAYER_IDS.selectedHalo,
      type: 'symbol',
      source: EVENT_SOURCE_IDS.markers,
      ...windowFilter(windowBy, isSelectedId),
      layout: {
        ...always,
        'icon-image': haloName('selected', theme),
        'icon-offset': stackOffsetExpression(),
      },
      paint: { 'icon-opacity': whenShown(1, windowBy) },
    },
    {
      id: EVENT_LAYER_IDS.selectedMarker,
      type: 'symbol',
      source: EVENT_SOURCE_IDS.markers,
      ...windowFilter(windowBy, isSelectedId),
      layout: {
        ...marker,
        'icon-ignore-placement': true,
        'icon-size': SELECTED_ICON_SIZE,
        'icon-offset': stackOffsetExpression(SELECTED_ICON_SIZE),
      },
      paint: { 'icon-opacity': whenShown(1, windowBy) },
    },
  ];
}

/**
 * The story's layers. Areas, lines and markers go beneath the basemap's labels, so the towns that
 * orient the reader ("Dushanbe", "Kabul") stay readable over a cluster of marks; the selected
 * event goes on top of everything, so it is never hidden.
 */
export function eventLayers(
  theme: MapTheme,
  windowBy: WindowBy,
): {
  readonly beneathLabels: readonly LayerSpecification[];
  readonly onTop: readonly LayerSpecification[];
} {
  const [hoverHalo, markers, selectedHalo, selectedMarker] = markerLayers(theme, windowBy);
  return {
    beneathLabels: [
      ...areaLayers(windowBy),
      ...lineLayers(theme, windowBy),
      guessRingLayer(theme, windowBy),
      hoverHalo,
      markers,
    ],
    onTop: [selectedHalo, selectedMarker],
  };
}
