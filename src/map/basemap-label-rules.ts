/**
 * When and how large the basemap names its places, as numbers: the live map's layers
 * (basemap-layers.ts) build their filters and sizes from them, and the still maps
 * (StaticMapParts.tsx), which have no MapLibre to evaluate an expression, read them as they are,
 * so both name the same places at a zoom in the same sizes.
 */

/**
 * The world views name only the biggest cities (capitals of small states would bury the
 * countries); capitals from zoom 3, every town the tiles carry from zoom 4.
 */
export const TOWN_ZOOMS = {
  everyTown: 4,
  capitals: 3,
  /** Below `from`, towns of `world` people or more; from it, of `region` or more. */
  population: { world: 10_000_000, from: 3, region: 2_000_000 },
} as const;

/** The zoom from which a town is named: a capital (rank 1) or a town of `population`. */
export function townMinZoom(capital: boolean, population: number): number {
  const { everyTown, capitals, population: by } = TOWN_ZOOMS;
  if (population >= by.world) return 0;
  const byPopulation = population >= by.region ? by.from : everyTown;
  return capital ? Math.min(capitals, byPopulation) : byPopulation;
}

/** Country names' size in px, linear from the first zoom to the second: focus countries a size up. */
export const COUNTRY_LABEL_SIZES = {
  zooms: [3, 6],
  focus: [12, 15],
  other: [10.5, 12.5],
} as const;

/**
 * A highlighted border's name, hung below its middle (until zoom 7, where it runs along the
 * line): px linear between the zooms, at most `maxWidth` ems a line, lines `lineHeight` ems apart,
 * its top `offset` ems below the point.
 */
export const BORDER_LABEL = {
  zooms: [4, 6],
  sizes: [11, 12.5],
  maxWidth: 9,
  lineHeight: 1.15,
  offset: 0.8,
  /** The live map's halo around it, px: wider than other names', as it lies on a coloured line. */
  halo: 1.8,
} as const;

/** A town's name in px: a capital's a size up. */
export const TOWN_LABEL_SIZES = { capital: 13, town: 12 } as const;

/** Between two values as between two zooms, as MapLibre's linear `interpolate` (held past either). */
function between(
  [low, high]: readonly [number, number],
  [from, to]: readonly [number, number],
  zoom: number,
): number {
  const along = Math.min(Math.max((zoom - low) / (high - low), 0), 1);
  return from + (to - from) * along;
}

/** A country's name in px at `zoom`. */
export function countryLabelSize(focus: boolean, zoom: number): number {
  const { zooms, focus: focusSizes, other } = COUNTRY_LABEL_SIZES;
  return between(zooms, focus ? focusSizes : other, zoom);
}

/** A highlighted border's name in px at `zoom`. */
export function borderLabelSize(zoom: number): number {
  return between(BORDER_LABEL.zooms, BORDER_LABEL.sizes, zoom);
}
