// Hand-kept tables for scripts/build-geo.mjs. They correct the data sets; they say nothing about
// which places a story is about (a story names those itself, in its `map` block).

/** Units drawn as part of a country: Kazakhstan leases Baikonur to Russia, but it is Kazakh land. */
export const FOLD_INTO = { Baikonur: '398' };

/**
 * Natural Earth units that world-atlas ships without an ISO 3166 numeric id, by name: the
 * alpha-2 of the state that administers them, or '' where disputed. Units missing here get ''.
 */
export const UNNUMBERED = {
  Kosovo: 'XK',
  'N. Cyprus': '',
  'Siachen Glacier': '',
  Somaliland: '',
};

/**
 * English map names for GeoNames cities whose main name is a transliteration the reader would
 * not recognise, by GeoNames id. `source` is the name the data must carry, so a changed data set
 * fails the build loudly instead of renaming the wrong city.
 */
export const CITY_NAMES = [
  // GeoNames still files Bokhtar under its Soviet-era name Qurghonteppa (Kurgan-Tyube).
  { geonameId: 1220747, source: 'Qŭrghonteppa', name: 'Bokhtar' },
  { geonameId: 1221194, source: 'Kŭlob', name: 'Kulob' },
  { geonameId: 1133616, source: 'Mazār-e Sharīf', name: 'Mazar-i-Sharif' },
  { geonameId: 1140026, source: 'Herāt', name: 'Herat' },
  { geonameId: 1138336, source: 'Kandahār', name: 'Kandahar' },
  { geonameId: 1139715, source: 'Jalālābād', name: 'Jalalabad' },
  { geonameId: 1215957, source: 'Tirmiz', name: 'Termez' },
];

/**
 * Which cities each tile zoom carries: capitals always, others from a population up. Higher
 * zooms carry smaller towns; the style's collision rules keep the biggest where they crowd.
 */
export const CITY_MIN_POPULATION = [
  { zoom: 0, population: Infinity },
  { zoom: 2, population: 5_000_000 },
  { zoom: 3, population: 1_000_000 },
  { zoom: 4, population: 300_000 },
  { zoom: 5, population: 50_000 },
  { zoom: 6, population: 10_000 },
];
