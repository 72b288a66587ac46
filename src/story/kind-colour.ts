/**
 * Colour contrast for kind colours (WCAG 2 relative luminance). A story may declare any colour;
 * the marks and swatches that show it must still stand 3:1 from the page in both themes, so a
 * colour that does not is darkened (light theme) or lightened (dark theme) just enough, keeping
 * its hue. The author's colour is used unchanged wherever it already passes.
 */

/** The surfaces of src/app/theme.css that marks and swatches sit on (--surface, --bg, --surface-2). */
export const LIGHT_SURFACES: readonly string[] = ['#ffffff', '#f1f0ec', '#f6f5f2'];
export const DARK_SURFACES: readonly string[] = ['#15181b', '#1d2024', '#262a30'];

/** WCAG's minimum for graphical objects and large text. */
export const MIN_CONTRAST = 3;

type Rgb = readonly [number, number, number];

function rgbOf(hex: string): Rgb {
  const channel = (at: number) => parseInt(hex.slice(at, at + 2), 16);
  return [channel(1), channel(3), channel(5)];
}

function hexOf([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = rgbOf(hex).map((value) => {
    const channel = value / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

function passes(color: string, surfaces: readonly string[]): boolean {
  return surfaces.every((surface) => contrastRatio(color, surface) >= MIN_CONTRAST);
}

/**
 * The colour itself when it stands 3:1 from every surface, else the least mix of it with black
 * (toward 'dark') or white (toward 'light') that does, in steps of 2 %.
 */
export function legibleColor(
  color: string,
  surfaces: readonly string[],
  toward: 'dark' | 'light',
): string {
  const lower = color.toLowerCase();
  if (passes(lower, surfaces)) return lower;
  const rgb = rgbOf(lower);
  const target = toward === 'dark' ? 0 : 255;
  for (let step = 1; step <= 50; step += 1) {
    const mix = step / 50;
    const candidate = hexOf([
      rgb[0] + (target - rgb[0]) * mix,
      rgb[1] + (target - rgb[1]) * mix,
      rgb[2] + (target - rgb[2]) * mix,
    ]);
    if (passes(candidate, surfaces)) return candidate;
  }
  return toward === 'dark' ? '#000000' : '#ffffff';
}
