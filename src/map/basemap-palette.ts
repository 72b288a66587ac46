/** Colours of the quiet basemap: neutrals for the region, two restrained tints for the story's countries. */
export interface BasemapPalette {
  water: string;
  /** Every country that is not in the story, in the region and in the wider frame alike. */
  land: string;
  border: string;
  tajikistan: string;
  afghanistan: string;
  focusOutline: string;
  river: string;
  /** Pale band under the Tajik–Afghan border: the Panj is a river as well as a border. */
  panjCasing: string;
  panj: string;
  panjText: string;
  countryText: string;
  focusCountryText: string;
  waterText: string;
  placeText: string;
  /** Halo behind every land label; matches the land so the halo reads as space, not as a box. */
  halo: string;
  capitalDot: string;
  cityDot: string;
  dotStroke: string;
}

export const LIGHT_PALETTE: BasemapPalette = {
  water: '#d3e2ec',
  land: '#eae8e3',
  border: '#b3afa7',
  tajikistan: '#dfe7cf',
  afghanistan: '#f1e1c8',
  focusOutline: '#7b766d',
  river: '#a7c6da',
  panjCasing: '#bcd6e6',
  panj: '#2c3a47',
  panjText: '#24313d',
  countryText: '#5b574f',
  focusCountryText: '#2b2823',
  waterText: '#3d6380',
  placeText: '#2e2b27',
  halo: '#eae8e3',
  capitalDot: '#2e2b27',
  cityDot: '#6b665d',
  dotStroke: '#ffffff',
};

export const DARK_PALETTE: BasemapPalette = {
  water: '#16202a',
  land: '#2a2e34',
  border: '#4c525a',
  tajikistan: '#2f3a2a',
  afghanistan: '#3d3326',
  focusOutline: '#9da3aa',
  river: '#2f4b60',
  panjCasing: '#2a4457',
  panj: '#e4d6b5',
  panjText: '#efe4cb',
  countryText: '#aeb3ba',
  focusCountryText: '#eceef0',
  waterText: '#8fb3cf',
  placeText: '#e2e4e7',
  halo: '#2a2e34',
  capitalDot: '#eceef0',
  cityDot: '#aeb3ba',
  dotStroke: '#16202a',
};

/** Fonts without a glyph server: MapLibre draws `text-font` locally as a CSS font-family list and
 * reads the weight and style from the first name, so the self-hosted "Noto Sans" comes second. */
export const BASEMAP_FONTS = {
  regular: ['Noto Sans Regular', 'Noto Sans', 'sans-serif'],
  bold: ['Noto Sans Bold', 'Noto Sans', 'sans-serif'],
  italic: ['Noto Sans Italic', 'Noto Sans', 'sans-serif'],
};
