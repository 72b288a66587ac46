/**
 * The basemap static maps draw (the printed handout, the map without WebGL): a coarse world (public/geo/world.geojson),
 * the story's focus countries set apart, its highlighted borders, lakes and the big labels
 * (labels.geojson). Read from the app's own files (same origin), parsed like any file the app
 * did not build in memory.
 */
// Before any schema is built: parse without eval (strict Content Security Policy).
import '../story/zod-jitless';
import { z } from 'zod';
import { anchorPoints } from '../geo/anchor';
import type { BBox } from '../geo/geometry';
import { borderNames, type BasemapFocus } from './basemap-expressions';
import { townMinZoom } from './basemap-label-rules';
import type { PathGeometry } from './static-map';

const position = z.array(z.number()).min(2);
const ring = z.array(position);

const pathGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring)) }),
  z.object({ type: z.literal('LineString'), coordinates: ring }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(ring) }),
  // Label anchors share some files with shapes; they are read and left out.
  z.object({ type: z.literal('Point'), coordinates: position }),
]);

type AnyGeometry = z.infer<typeof pathGeometry>;

const isPath = (geometry: AnyGeometry): geometry is Exclude<AnyGeometry, { type: 'Point' }> =>
  geometry.type !== 'Point';

const shapeCollection = z.object({
  features: z.array(
    z.object({
      properties: z
        .object({
          iso2: z.string().optional(),
          kind: z.string().optional(),
          a: z.string().optional(),
          b: z.string().optional(),
        })
        .nullable(),
      geometry: pathGeometry,
    }),
  ),
});

const labelCollection = z.object({
  features: z.array(
    z.object({
      properties: z.object({
        name: z.string(),
        kind: z.string().optional(),
        rank: z.number().optional(),
        minzoom: z.number().optional(),
        iso2: z.string().optional(),
        area: z.number().optional(),
        population: z.number().optional(),
      }),
      geometry: z.object({ type: z.literal('Point'), coordinates: position }),
    }),
  ),
});

/** A named point: a country, a town, or a border the story names (its label hangs below it). */
export interface HandoutLabel {
  readonly name: string;
  readonly kind: 'country' | 'border' | 'city';
  /** A focus country or a capital: set bold and darker, as the live map sets them. */
  readonly strong: boolean;
  /** The zoom from which the live map names it. */
  readonly minZoom: number;
  readonly position: readonly number[];
}

/** Everything the handout's maps draw besides the events. */
export interface HandoutGeo {
  readonly land: readonly PathGeometry[];
  /** The story's focus countries, by ISO code, with their place in the story's list. */
  readonly focus: readonly {
    readonly iso2: string;
    readonly order: number;
    readonly geometry: PathGeometry;
  }[];
  readonly lakes: readonly PathGeometry[];
  readonly border: readonly PathGeometry[];
  readonly labels: readonly HandoutLabel[];
  /** How far the land data reaches: frames stop at its edges rather than show empty sea. */
  readonly extent: BBox;
}

type LabelFeature = z.infer<typeof labelCollection>['features'][number];

/** A label with the order it is placed in: lower first. */
interface RankedLabel {
  readonly label: HandoutLabel;
  readonly order: readonly [layer: number, within: number];
}

/** Ahead of every size (areas in km², populations). */
const FIRST = -1e12;

/**
 * Labels in the order the live map places them, each dropped where it would meet one placed
 * before: countries before towns (their layer is above), and in each the focus countries and
 * capitals first, then the largest.
 */
function labelOf({ properties, geometry }: LabelFeature, focus: ReadonlySet<string>): RankedLabel {
  const { name } = properties;
  const position = geometry.coordinates;
  if (properties.kind === 'country') {
    const focused = properties.iso2 !== undefined && focus.has(properties.iso2);
    // A country's own minzoom: big countries from the world view on, small ones with room.
    const minZoom = focused ? 0 : (properties.minzoom ?? 5);
    return {
      label: { name, kind: 'country', strong: focused, minZoom, position },
      order: [0, focused ? FIRST : -(properties.area ?? 0)],
    };
  }
  const capital = properties.rank === 1;
  const population = properties.population ?? 0;
  return {
    label: {
      name,
      kind: 'city',
      strong: capital,
      minZoom: townMinZoom(capital, population),
      position,
    },
    order: [1, capital ? FIRST : -population],
  };
}

type ShapeFeature = z.infer<typeof shapeCollection>['features'][number];

/**
 * The names the story gives its highlighted borders (borderNames), each halfway along the longest
 * stretch of the border, as the live map's tiles anchor them (scripts/geo-layers.mjs), and placed
 * first: their layer is the live map's top one.
 */
function borderLabels(focus: BasemapFocus, borders: readonly ShapeFeature[]): RankedLabel[] {
  const unplaced = new Map(borderNames(focus));
  return borders.flatMap(({ properties, geometry }) => {
    const key = pairKey(properties?.a ?? '', properties?.b ?? '');
    const name = unplaced.get(key);
    if (!name || (geometry.type !== 'LineString' && geometry.type !== 'MultiLineString')) return [];
    const [position] = anchorPoints(geometry);
    if (!position) return [];
    // One name per pair, should the data hold a pair's border in several features.
    unplaced.delete(key);
    return [
      { label: { name, kind: 'border', strong: false, minZoom: 0, position }, order: [-1, 0] },
    ];
  });
}

/** The box around every position of the shapes. */
function extentOf(shapes: readonly PathGeometry[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    const [lon, lat] = value;
    if (typeof lon === 'number' && typeof lat === 'number') {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    } else value.forEach(visit);
  };
  shapes.forEach((shape) => visit(shape.coordinates));
  return box;
}

/** Gets a basemap file's JSON by name ("world.geojson"); the data is parsed here anyway. */
export type GeoFileReader = (file: string) => Promise<unknown>;

/** Reads the files from `geoBaseUrl` (public/geo/, ending in a slash) over the page's origin. */
export function fetchGeoFiles(geoBaseUrl: string): GeoFileReader {
  return async (file) => {
    const response = await fetch(new URL(file, geoBaseUrl));
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return response.json();
  };
}

/** Reads one file; throws with the file's name when it is missing or not what was expected. */
async function read<T>(reader: GeoFileReader, file: string, schema: z.ZodType<T>): Promise<T> {
  const result = schema.safeParse(await reader(file));
  if (!result.success) throw new Error(`${file}: not the expected GeoJSON`);
  return result.data;
}

const pairKey = (a: string, b: string) => (a <= b ? `${a}|${b}` : `${b}|${a}`);

/** Loads the handout's basemap through `reader` (fetched files, or the ones a briefing carries). */
export async function loadHandoutGeo(
  reader: GeoFileReader,
  focus: BasemapFocus,
): Promise<HandoutGeo> {
  const [world, labels] = await Promise.all([
    read(reader, 'world.geojson', shapeCollection),
    read(reader, 'labels.geojson', labelCollection),
  ]);
  const shapes = (kind: string) =>
    world.features.filter((feature) => feature.properties?.kind === kind);
  const land = shapes('country')
    .map((feature) => feature.geometry)
    .filter(isPath);
  const highlighted = new Set(focus.borders.map(({ countries: [a, b] }) => pairKey(a, b)));
  const focusSet = new Set(focus.focusCountries);
  return {
    land,
    focus: shapes('country').flatMap(({ properties, geometry }) => {
      const order = focus.focusCountries.indexOf(properties?.iso2 ?? '');
      return order >= 0 && isPath(geometry)
        ? [{ iso2: properties?.iso2 ?? '', order, geometry }]
        : [];
    }),
    lakes: shapes('lake')
      .map((feature) => feature.geometry)
      .filter(isPath),
    border: shapes('border')
      .filter(({ properties }) =>
        highlighted.has(pairKey(properties?.a ?? '', properties?.b ?? '')),
      )
      .map((feature) => feature.geometry)
      .filter(isPath),
    labels: [
      ...borderLabels(focus, shapes('border')),
      ...labels.features.map((feature) => labelOf(feature, focusSet)),
    ]
      .sort(({ order: [a, x] }, { order: [b, y] }) => a - b || x - y)
      .map(({ label }) => label),
    extent: extentOf(land),
  };
}
