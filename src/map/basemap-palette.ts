/** Colours of the quiet basemap: neutrals for the world, restrained tints for the story's countries. */
export interface BasemapPalette {
  water: string;
  /** Every country that is not one of the story's focus countries. */
  land: string;
  /**
   * Every country border. It stands at least 3:1 from the land and from every focus tint (WCAG
   * 1.4.11, graphical objects) so a border is seen; it stays thin so the map keeps calm.
   */
  border: string;
  coastline: string;
  /**
   * Fills of the story's focus countries, in the order the story names them (the CSTO story:
   * Tajikistan, then Afghanistan); past the last, the tints repeat.
   */
  focusTints: readonly string[];
  /** Darker (lighter on dark) than `border` and wider, so the story's countries still stand out. */
  focusOutline: string;
  river: string;
  /** Pale band under a highlighted border: often a river as well as a border (the Panj). */
  highlightCasing: string;
  highlight: string;
  highlightText: string;
  countryText: string;
  focusCountryText: string;
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
  border: '#807b73',
  coastline: '#b9cfdd',
  focusTints: ['#dfe7cf', '#f1e1c8', '#e4dcea', '#d9e5e6'],
  focusOutline: '#5f5a52',
  river: '#a7c6da',
  highlightCasing: '#bcd6e6',
  highlight: '#2c3a47',
  highlightText: '#24313d',
  countryText: '#5b574f',
  focusCountryText: '#2b2823',
  placeText: '#2e2b27',
  halo: '#eae8e3',
  capitalDot: '#2e2b27',
  cityDot: '#6b665d',
  dotStroke: '#ffffff',
};

export const DARK_PALETTE: BasemapPalette = {
  water: '#16202a',
  land: '#2a2e34',
  border: '#7c828a',
  coastline: '#2b3c4a',
  focusTints: ['#2f3a2a', '#3d3326', '#372f3d', '#26393b'],
  focusOutline: '#b4b9bf',
  river: '#2f4b60',
  highlightCasing: '#2a4457',
  highlight: '#e4d6b5',
  highlightText: '#efe4cb',
  countryText: '#aeb3ba',
  focusCountryText: '#eceef0',
  placeText: '#e2e4e7',
  halo: '#2a2e34',
  capitalDot: '#eceef0',
  cityDot: '#aeb3ba',
  dotStroke: '#16202a',
};

/** The basemap's palette in a colour theme: the live map's style and the still maps share it. */
export function paletteFor(theme: 'light' | 'dark'): BasemapPalette {
  return theme === 'dark' ? DARK_PALETTE : LIGHT_PALETTE;
}

/** Fonts without a glyph server: MapLibre draws `text-font` locally as a CSS font-family list and
 * reads the weight and style from the first name, so the self-hosted "Noto Sans" comes second. */
export const BASEMAP_FONTS = {
  regular: ['Noto Sans Regular', 'Noto Sans', 'sans-serif'],
  bold: ['Noto Sans Bold', 'Noto Sans', 'sans-serif'],
  italic: ['Noto Sans Italic', 'Noto Sans', 'sans-serif'],
};
