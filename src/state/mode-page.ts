/**
 * The page a link into a mode opens. The built app carries the default story's first view
 * prerendered per mode (scripts/prerender.mjs): index.html for the app, embed.html for embeds,
 * present.html for presentations, so a static host serves each mode's text at first paint. The
 * development server and the offline briefing (one file) have only their own page: "" there,
 * and the link's query alone picks the mode.
 */
export type PagedMode = 'embed' | 'present';

/** The file name of `mode`'s page beside index.html, or "" for the current page. */
export function modePage(mode: PagedMode): string {
  // Defined by the app's production build only (vite.config.ts).
  return import.meta.env.DATELINE_MODE_PAGES === '1' ? `${mode}.html` : '';
}

/** The app's own page from a mode's page: index.html in the built app, else the current page. */
export function appPage(): string {
  return import.meta.env.DATELINE_MODE_PAGES === '1' ? 'index.html' : '';
}
