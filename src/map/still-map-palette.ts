/**
 * The still map in another palette, as CSS. The drawing (StaticMapDrawing) paints itself in the
 * light palette by its SVG attributes, which any stylesheet rule outranks: these rules repaint
 * its classed pieces, so the first map painted on a dark page is dark without a second drawing
 * and turns dark the moment the page does, with nothing redrawn or moved.
 */
import { DARK_PALETTE, type BasemapPalette } from './basemap-palette';
import { HALO_COLORS } from './kind-icons';

/** The rules that paint the pieces of the still maps under `scope` in `palette`. */
export function stillMapPaletteRules(scope: string, palette: BasemapPalette): string[] {
  return [
    // The box behind the drawing shows where the picture does not reach (a narrow frame).
    `${scope}{background:${palette.water}}`,
    `${scope} .sm-water{fill:${palette.water}}`,
    `${scope} .sm-land{fill:${palette.land};stroke:${palette.border}}`,
    ...palette.focusTints.map(
      (tint, order) => `${scope} .sm-focus-${order}{fill:${tint};stroke:${palette.focusOutline}}`,
    ),
    `${scope} .sm-highlight{stroke:${palette.highlight}}`,
    `${scope} .sm-label-country{fill:${palette.countryText};stroke:${palette.halo}}`,
    `${scope} .sm-label-focus{fill:${palette.focusCountryText};stroke:${palette.halo}}`,
    `${scope} .sm-label-city{fill:${palette.placeText};stroke:${palette.halo}}`,
    `${scope} .sm-label-border{fill:${palette.highlightText};stroke:${palette.halo}}`,
    `${scope} .sm-city-dot{fill:${palette.capitalDot};stroke:${palette.dotStroke}}`,
    `${scope} .sm-town-dot{fill:${palette.cityDot};stroke:${palette.dotStroke}}`,
  ];
}

/**
 * The first map dark whenever its page is: once the app has set a dark theme on the page
 * (`?theme=dark`, or the system's), and before any script has run, when the system is dark (the
 * page then follows the system too: see src/app/system-dark.ts).
 */
export function firstMapDarkCss(scope: string): string {
  const { disc, ring } = HALO_COLORS.dark;
  const rules = [
    ...stillMapPaletteRules(scope, DARK_PALETTE),
    // A guess's ring as the live map's dark theme draws it: a dark disc, a pale dashed ring.
    `${scope} .sm-guess{fill:${disc};stroke:${ring}}`,
  ];
  const bySystem = rules.map((rule) => `:root:not([data-theme]) ${rule}`).join('\n');
  return [
    ...rules.map((rule) => `[data-theme='dark'] ${rule}`),
    `@media (prefers-color-scheme: dark){\n${bySystem}\n}`,
  ].join('\n');
}
