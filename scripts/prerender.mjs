// Writes the default story's first view into the built index.html (see
// src/app/prerender-story.tsx): the text a reader sees before any script runs.
// Run by the build (the `prerender` plugin in vite.config.ts) or alone: node scripts/prerender.mjs [dist]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

/** The story the app opens when a link names none, and whose view index.html carries. */
export const PRERENDERED_STORY = 'csto-2021';
const ROOT = '<div id="root"></div>';
const NOSCRIPT = /<noscript[\s>][\s\S]*?<\/noscript\s*>/;
/**
 * The classic script (public/) that puts a link's ?theme on <html> before the prerendered page
 * is first painted: the page follows the system's dark mode before the app runs
 * (src/app/system-dark.ts), so `?theme=light` showed dark until the app took over. A script in
 * <head> runs before the body is painted, and the policy (script-src 'self') allows it: a file
 * of the page's own origin, not inline code. It accepts what the link schema accepts
 * (src/state/url-state.ts, theme; test/public/theme-from-link.test.ts holds them together).
 */
export const THEME_SCRIPT = 'theme-from-link.js';

/**
 * The id of an empty element at the end of the prerendered view, which the page's <head> tells
 * the browser to wait for (`<link rel="expect" blocking="render">`; Chromium stops waiting once
 * the element is inserted, so it is the view's last): the first paint shows the whole view.
 * Painted while half parsed (a slow network or a busy machine: the parser yields), the embed
 * showed its bar at the frame's foot with no timeline strip under it, since the sheet's 20 KB of
 * details and list come between the two; the rest then pushed the bar and the still map's note
 * 48 px up (a shift of 0.018, first seen in a full CI run, where it was taken for the app's
 * takeover). Browsers without rel=expect (Firefox, Safari in 2026) still paint as they parse.
 */
export const FIRST_VIEW_ID = 'first-view-end';

/**
 * The page's policy (style-src 'self') ignores style attributes in HTML, and React writes a few
 * (the timeline's heights): move each into the first view's stylesheet, keyed by a data attribute.
 */
export function hoistStyles(html) {
  const rules = [];
  const out = html.replace(/ style="([^"]*)"/g, (_, declarations) => {
    const text = declarations
      .replaceAll('&quot;', '"')
      .replaceAll('&#x27;', "'")
      .replaceAll('&amp;', '&');
    let index = rules.indexOf(text);
    if (index < 0) index = rules.push(text) - 1;
    return ` data-fv="${index}"`;
  });
  const css = rules.map((text, index) => `.prerendered [data-fv="${index}"]{${text}}`).join('\n');
  return { html: out, css };
}

/**
 * Links that start, as the page is read, what the app would otherwise fetch one after another:
 * the map view's stylesheet and the basemap index and labels (marked data-loads="map": they are
 * not what the page needs to run, see first-load.mjs), the story file and the Latin fonts.
 * `bundle` is Rolldown's output (a map of file name to chunk or asset).
 *
 * Not the map view's code or MapLibre: a modulepreload makes Chromium compile the module as
 * soon as it arrives, and the 1.2 MB chunk's compile, a main-thread task of 150-300 ms on a
 * busy 2-core machine, landed before the first paint. Without those links the 20-event text
 * showed in 389 ms [302-760] against 511 [430-753] (12 interleaved runs), with the interactive
 * map no later (6.1 s against 6.5 s). A `preload as="script"` still cost half of that (488 ms).
 * The app asks for the map's code as soon as it runs, just after that paint.
 *
 * The map's links ask for a low priority: on HTTP/1.1 a page fetches six files at a time, and
 * at the same priority the map's files held back the stylesheet and the theme script the first
 * paint waits for (the text was painted ~0.3 s later on a busy 2-core machine).
 */
const MAP = 'data-loads="map" fetchpriority="low"';

export function preloadLinks(bundle) {
  const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
  const mapView = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/map/MapView.tsx'));
  if (!mapView) throw new Error('no MapView chunk in the build');
  const styles = [...(mapView.viteMetadata?.importedCss ?? [])];
  const fonts = Object.keys(bundle).filter((file) =>
    /noto-sans-latin-(400|600|700)-normal-[\w-]+\.woff2$/.test(file),
  );
  return [
    ...styles.map((file) => `<link rel="preload" as="style" crossorigin href="./${file}" ${MAP}>`),
    `<link rel="preload" as="fetch" crossorigin href="./stories/${PRERENDERED_STORY}.json">`,
    `<link rel="preload" as="fetch" crossorigin href="./geo/tiles/index.json" ${MAP}>`,
    `<link rel="preload" as="fetch" crossorigin href="./geo/labels.geojson" ${MAP}>`,
    ...fonts.map(
      (file) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="./${file}">`,
    ),
  ];
}

/**
 * The still map's SVG joins the page one frame after its text. Its raster (the land's path above
 * all) took about a second in software GL, and the first frame, text included, was only
 * presented once it was done: the title was laid out at about 0.4 s and on screen at about
 * 1.4 s. Hidden from the first frame, the text is presented at 0.4-1.0 s and the map follows;
 * `visibility` changes no box, so nothing shifts. CSS, so it holds with scripts off. The still
 * timeline (StillAxis.tsx) waits with it: in the first frame it put the text on screen about
 * 0.3-0.5 s later (medians of two interleaved series of 6 and 8 loads, npm run bench).
 */
const MAP_AFTER_TEXT =
  '.prerendered :is(.static-map__svg,.first-axis){animation:first-view-map-after-text 0s 1ms both}' +
  '@keyframes first-view-map-after-text{from{visibility:hidden}}';

/**
 * The pages the build writes the default story's first view into, each for the link a reader
 * follows: the app, the embed (the embed code points its frame at embed.html) and the
 * presentation (the Present button opens present.html). A static host serves each as a file.
 */
export const PRERENDERED_PAGES = [
  { file: 'index.html', mode: 'app', search: '', layout: undefined },
  {
    file: 'embed.html',
    mode: 'embed',
    search: '?mode=embed',
    layout: '/src/embed/EmbedLayout.tsx',
  },
  {
    file: 'present.html',
    mode: 'present',
    search: '?mode=present',
    layout: '/src/present/PresentLayout.tsx',
  },
];

/**
 * A mode's layout loads lazily in the app, with its stylesheet: the page prerendered for that
 * mode links the stylesheet (the view is laid out as the app will lay it out) and preloads the
 * layout's code. `bundle` is Rolldown's output.
 */
export function layoutLinks(bundle, layout) {
  if (!bundle || !layout) return [];
  const chunk = Object.values(bundle).find(
    (item) => item.type === 'chunk' && item.facadeModuleId?.endsWith(layout),
  );
  if (!chunk) throw new Error(`no chunk for ${layout} in the build`);
  // The layout's own stylesheet and those of the chunks it imports (present.css is shared with
  // the presenter's view, so it sits in a chunk of its own).
  const styles = new Set();
  const visit = (item, seen = new Set()) => {
    if (!item || seen.has(item.fileName)) return;
    seen.add(item.fileName);
    for (const file of item.viteMetadata?.importedCss ?? []) styles.add(file);
    for (const file of item.imports ?? []) visit(bundle[file], seen);
  };
  visit(chunk);
  return [
    `<link rel="modulepreload" crossorigin href="./${chunk.fileName}">`,
    ...[...styles].map((file) => `<link rel="stylesheet" crossorigin href="./${file}">`),
  ];
}

/** Reads the built basemap files (dist/geo/) for the still first map. */
const geoReader = (dist) => async (file) =>
  JSON.parse(readFileSync(join(dist, 'geo', file), 'utf8'));

/**
 * Renders the default story with the app's own components into #root of index.html, and of its
 * copies for the other modes (PRERENDERED_PAGES).
 */
export async function prerender(dist, preloads = [], bundle = undefined) {
  // Vite's SSR loader runs the components in Node (it drops their CSS imports).
  const vite = await createServer({
    configFile: false,
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const { prerenderStory, noscriptHtml } = await vite.ssrLoadModule(
      '/src/app/prerender-story.tsx',
    );
    const text = readFileSync(join(dist, 'stories', `${PRERENDERED_STORY}.json`), 'utf8');
    const source = readFileSync(join(dist, 'index.html'), 'utf8');
    if (!source.includes(ROOT)) throw new Error(`index.html has no empty ${ROOT} to fill`);
    if (!NOSCRIPT.test(source)) throw new Error('index.html has no <noscript> to fill');
    // index.html's words are English; the pages say it in every language (the catalogue's).
    const template = source.replace(NOSCRIPT, () => noscriptHtml());
    // A module the page already asks for needs no second link.
    const fresh = preloads.filter(
      (item) => !template.includes(/href="([^"]+)"/.exec(item)?.[1] ?? '\0'),
    );
    for (const page of PRERENDERED_PAGES) {
      const result = await prerenderStory(PRERENDERED_STORY, text, {
        search: page.search,
        geo: geoReader(dist),
      });
      if (!result.ok) throw new Error(`${PRERENDERED_STORY} did not prerender: ${result.message}`);
      const hoisted = hoistStyles(result.html);
      const end = `<span id="${FIRST_VIEW_ID}" hidden></span>`;
      const filled = `<div id="root"><div class="prerendered" data-story="${PRERENDERED_STORY}" data-mode="${page.mode}">${hoisted.html}${end}</div></div>`;
      const suffix = page.mode === 'app' ? '' : `-${page.mode}`;
      const cssFile = `assets/first-view-${PRERENDERED_STORY}${suffix}.css`;
      writeFileSync(join(dist, cssFile), `${result.css}${hoisted.css}\n${MAP_AFTER_TEXT}\n`);
      const links = [
        `<link rel="expect" href="#${FIRST_VIEW_ID}" blocking="render">`,
        // Before any stylesheet: the link's theme is on the page before its first paint.
        `<script src="./${THEME_SCRIPT}"></script>`,
        ...fresh,
        // A stylesheet the page already links keeps its place in the cascade.
        ...layoutLinks(bundle, page.layout).filter(
          (item) => !template.includes(/href="([^"]+)"/.exec(item)?.[1] ?? '\0'),
        ),
        `<link rel="stylesheet" crossorigin href="./${cssFile}">`,
      ];
      const head = `${links.map((item) => `    ${item}\n`).join('')}  </head>`;
      writeFileSync(join(dist, page.file), template.replace(ROOT, filled).replace('</head>', head));
    }
  } finally {
    await vite.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await prerender(process.argv[2] ?? 'dist');
