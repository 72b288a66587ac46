/**
 * The prerendered pages in the system's dark mode before any script runs. The app puts the
 * theme on <html> (data-theme) before its first paint; a prerendered page is painted before the
 * app runs, with no data-theme yet, so it was painted light even when the system is dark, then
 * turned dark all at once when the app took over. These rules give that page, while it has no
 * data-theme, the dark theme's own rules when the system asks for dark.
 */

const DARK = "[data-theme='dark']";
/** A style rule with no rule inside it: its selector list and its declarations. */
const RULE = /([^{}]+)\{([^{}]*)\}/g;
const COMMENT = /\/\*[\s\S]*?\*\//g;
/** What the dark rules' selector becomes: the page's root while no theme is set on it. */
const UNSET = ':root:not([data-theme])';

/**
 * Every top-level rule of the stylesheets `sources` that applies to the dark theme only (each
 * selector starts with `[data-theme='dark']`), copied (not rewritten by hand, so the values live
 * in one place) for a page with no theme set yet, when the system is dark. Rules inside an
 * at-rule (`@media print`) are not for this: the stylesheets given must have none that is dark.
 */
export function systemDarkCss(sources: readonly string[]): string {
  const rules = sources.flatMap((css) =>
    [...css.replace(COMMENT, '').matchAll(RULE)].flatMap(([, selectors = '', body = '']) => {
      const list = selectors.split(',').map((selector) => selector.trim());
      if (!list.every((selector) => selector.startsWith(DARK))) return [];
      const unset = list.map((selector) => `${UNSET}${selector.slice(DARK.length)}`);
      return [`${unset.join(',')}{${body.trim()}}`];
    }),
  );
  return systemDark(rules.join('\n'));
}

/** `rules` in force only when the system is dark. */
export function systemDark(rules: string): string {
  return `@media (prefers-color-scheme: dark){\n${rules}\n}`;
}

/** `declarations` for the root of a page with no theme set yet, when the system is dark. */
export function systemDarkRoot(declarations: string): string {
  return systemDark(`${UNSET}{${declarations}}`);
}
