/**
 * The basemap static maps draw (the handout, the map without WebGL): land, Tajikistan and
 * Afghanistan set apart, the Tajik–Afghan border, lakes and the big labels. Read from the app's own public/geo/ files
 * (same origin), parsed like any file the app did not build in memory.
 */
import { z } from 'zod';
import type { BBox } from '../geo/geometry';
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
          focus: z.boolean().optional(),
          kind: z.string().optional(),
          role: z.string().optional(),
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
      }),
      geometry: z.object({ type: z.literal('Point'), coordinates: position }),
    }),
  ),
});

/** A named point: a country, a sea or a city. */
export interface HandoutLabel {
  readonly name: string;
  readonly kind: 'country' | 'water' | 'city';
  /** 1 for the most important; labels are placed in this order and dropped where they collide. */
  readonly rank: number;
  readonly position: readonly number[];
}

/** Everything the handout's maps draw besides the events. */
export interface HandoutGeo {
  readonly land: readonly PathGeometry[];
  /** Tajikistan and Afghanistan, by ISO code. */
  readonly focus: readonly { readonly iso2: string; readonly geometry: PathGeometry }[];
  readonly lakes: readonly PathGeometry[];
  readonly border: readonly PathGeometry[];
  readonly labels: readonly HandoutLabel[];
  /** How far the land data reaches: frames stop at its edges rather than show empty sea. */
  readonly extent: BBox;
}

type LabelFeature = z.infer<typeof labelCollection>['features'][number];

function areaLabel({ properties, geometry }: LabelFeature): HandoutLabel {
  const kind = properties.kind === 'water' ? 'water' : 'country';
  return {
    name: properties.name,
    kind,
    rank: properties.rank ?? 3,
    position: geometry.coordinates,
  };
}

/** Capitals and big cities only: towns would crowd a map this small. */
function cityLabel({ properties, geometry }: LabelFeature): HandoutLabel[] {
  const rank = properties.rank ?? 3;
  // Half a rank behind the countries of the same rank: a country's name comes first.
  return rank <= 2
    ? [{ name: properties.name, kind: 'city', rank: rank + 0.5, position: geometry.coordinates }]
    : [];
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

/** Gets a basemap file's JSON by name ("countries.geojson"); the data is parsed here anyway. */
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

/** Loads the handout's basemap through `reader`: fetched files, or the ones a briefing carries. */
export async function loadHandoutGeo(reader: GeoFileReader): Promise<HandoutGeo> {
  const [world, countries, water, border, labels, places] = await Promise.all([
    read(reader, 'world-context.geojson', shapeCollection),
    read(reader, 'countries.geojson', shapeCollection),
    read(reader, 'water.geojson', shapeCollection),
    read(reader, 'tj-af-border.geojson', shapeCollection),
    read(reader, 'labels.geojson', labelCollection),
    read(reader, 'places.geojson', labelCollection),
  ]);
  const land = world.features.map((feature) => feature.geometry).filter(isPath);
  return {
    land,
    focus: countries.features.flatMap(({ properties, geometry }) =>
      properties?.focus === true && properties.iso2 !== undefined && isPath(geometry)
        ? [{ iso2: properties.iso2, geometry }]
        : [],
    ),
    lakes: water.features
      .filter((feature) => feature.properties?.kind === 'lake')
      .map((feature) => feature.geometry)
      .filter(isPath),
    border: border.features
      .filter((feature) => feature.properties?.role === 'border')
      .map((feature) => feature.geometry)
      .filter(isPath),
    labels: [...labels.features.map(areaLabel), ...places.features.flatMap(cityLabel)].sort(
      (a, b) => a.rank - b.rank,
    ),
    extent: extentOf(land),
  };
}
