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
 * The prerendered page's one classic script (public/first-paint.js), in <head>:
 * - It puts a link's ?theme on <html> before the page is first painted: the page follows the
 *   system's dark mode before the app runs (src/app/system-dark.ts), so `?theme=light` showed
 *   dark until the app took over. It accepts what the link schema accepts (src/state/url-state.ts,
 *   theme; test/public/first-paint.test.ts holds them together).
 * - It starts the app's entry module (data-entry), which the page only preloads, once the first
 *   view is painted. The entry was a module script in <head>: the bundle was most often in
 *   before the page was parsed, and then its evaluation (70–250 ms on a busy 2-core machine)
 *   came before the first paint. Only when the view is what the link shows (the page's own
 *   search, data-search, and a theme; an English interface): for any other link (another story,
 *   event, window, language) it starts the app as soon as the page is parsed, as before, so the
 *   app removes the view before it is painted. A page that is not drawn gets no frame (a hidden
 *   tab, a frame out of view): there it starts the app a second after the page is parsed (at 200
 *   ms, a busy machine whose first frame came later ran the app before it, as before).
 * It is `async` and `blocking="render"`: the page is parsed while it loads (a script that blocks
 * the parser also waits for every stylesheet before it runs, and the 120 KB view was parsed only
 * after both), and nothing is painted before it has run. The policy (script-src 'self') allows it
 * and the module it adds: files of the page's own origin, not inline code. A browser that does
 * not know `blocking` (Firefox in 2026) may paint before it runs; it paints the view as it parses
 * anyway (it has no rel=expect either).
 */
export const FIRST_PAINT_SCRIPT = 'first-paint.js';
/** The entry module script Vite writes into index.html. */
const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

/**
 * The page `html` with its entry module started by FIRST_PAINT_SCRIPT: the module is preloaded
 * where its script was (fetched as early, evaluated later), after the links `first`; `script`
 * names it, for the head.
 */
export function startAfterPaint(html, search, first = []) {
  const entry = ENTRY.exec(html);
  if (!entry) throw new Error('index.html has no entry module script to start after the paint');
  const src = entry[1];
  const preload = `<link rel="modulepreload" crossorigin href="${src}">`;
  const script = `<script src="./${FIRST_PAINT_SCRIPT}" async blocking="render" data-entry="${src}" data-search="${search}"></script>`;
  const links = [...first, preload].join('\n    ');
  return { html: html.replace(ENTRY, () => links), script };
}

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
 * the map view's code and MapLibre (marked data-loads="map": they are not what the page needs to
 * run, see first-load.mjs), the story file, the basemap index and labels, and the Latin fonts.
 * `bundle` is Rolldown's output (a map of file name to chunk or asset).
 *
 * The map's links ask for a low priority: on HTTP/1.1 a page fetches six files at a time, and
 * at the same priority the map's nine files held back the stylesheet and the theme script the
 * first paint waits for (the text was painted ~0.3 s later on a busy 2-core machine). The map
 * engine cannot start before the app's script has run, so it loses nothing by coming second.
 */
const MAP = 'data-loads="map" fetchpriority="low"';

export function preloadLinks(bundle) {
  const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
  const mapView = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/map/MapView.tsx'));
  if (!mapView) throw new Error('no MapView chunk in the build');
  const engine = mapView.dynamicImports.filter((file) => /maplibre-gl/.test(file));
  const modules = [mapView.fileName, ...mapView.imports, ...engine];
  const styles = [...(mapView.viteMetadata?.importedCss ?? [])];
  const fonts = Object.keys(bundle).filter((file) =>
    /noto-sans-latin-(400|600|700)-normal-[\w-]+\.woff2$/.test(file),
  );
  return [
    ...modules.map((file) => `<link rel="modulepreload" crossorigin href="./${file}" ${MAP}>`),
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
      writeFileSync(join(dist, cssFile), `${result.css}${hoisted.css}\n`);
      // The fonts are asked for first, before the app's code: the first paint waits at most
      // 100 ms for a preloaded font (Chromium), and a font later than that is not used on the
      // page at all (font-display: optional); with the paint no longer after the app's code, the
      // fonts sent after the 106 KB bundle missed it on a busy machine (2 loads in 8).
      const fonts = fresh.filter((item) => item.includes('as="font"'));
      const started = startAfterPaint(template, page.search, fonts);
      const links = [
        `<link rel="expect" href="#${FIRST_VIEW_ID}" blocking="render">`,
        started.script,
        ...fresh.filter((item) => !fonts.includes(item)),
        // A stylesheet the page already links keeps its place in the cascade.
        ...layoutLinks(bundle, page.layout).filter(
          (item) => !template.includes(/href="([^"]+)"/.exec(item)?.[1] ?? '\0'),
        ),
        `<link rel="stylesheet" crossorigin href="./${cssFile}">`,
      ];
      const head = `${links.map((item) => `    ${item}\n`).join('')}  </head>`;
      writeFileSync(
        join(dist, page.file),
        started.html.replace(ROOT, filled).replace('</head>', head),
      );
    }
  } finally {
    await vite.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await prerender(process.argv[2] ?? 'dist');
