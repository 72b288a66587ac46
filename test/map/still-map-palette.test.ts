import { describe, expect, it } from 'vitest';
import { DARK_PALETTE, LIGHT_PALETTE } from '../../src/map/basemap-palette';
import { HALO_COLORS } from '../../src/map/kind-icons';
import { firstMapDarkCss, stillMapPaletteRules } from '../../src/map/still-map-palette';

describe('stillMapPaletteRules', () => {
  it('paints land, borders and water from the palette', () => {
    const rules = stillMapPaletteRules('.m', DARK_PALETTE);
    expect(rules).toContain(`.m .sm-land{fill:${DARK_PALETTE.land};stroke:${DARK_PALETTE.border}}`);
    expect(rules).toContain(`.m .sm-water{fill:${DARK_PALETTE.water}}`);
  });

  it('gives each focus tint its own class, in the story’s order', () => {
    const rules = stillMapPaletteRules('.m', LIGHT_PALETTE);
    LIGHT_PALETTE.focusTints.forEach((tint, order) =>
      expect(rules).toContain(
        `.m .sm-focus-${order}{fill:${tint};stroke:${LIGHT_PALETTE.focusOutline}}`,
      ),
    );
  });
});

describe('firstMapDarkCss', () => {
  it('paints the first map dark on a page the app has made dark', () => {
    expect(firstMapDarkCss('.m')).toContain(
      `[data-theme='dark'] .m .sm-land{fill:${DARK_PALETTE.land};`,
    );
  });

  it('paints a guess’s ring as the live map’s dark theme does', () => {
    const { disc, ring } = HALO_COLORS.dark;
    expect(firstMapDarkCss('.m')).toContain(
      `[data-theme='dark'] .m .sm-guess{fill:${disc};stroke:${ring}}`,
    );
  });

  it('paints it dark before the app runs when the system is dark', () => {
    const [, bySystem = ''] = firstMapDarkCss('.m').split('@media (prefers-color-scheme: dark)');
    expect(bySystem).toContain(`:root:not([data-theme]) .m .sm-land{fill:${DARK_PALETTE.land};`);
  });
});
