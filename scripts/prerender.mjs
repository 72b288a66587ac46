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
 */
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
    ...modules.map(
      (file) => `<link rel="modulepreload" crossorigin href="./${file}" data-loads="map">`,
    ),
    ...styles.map(
      (file) => `<link rel="preload" as="style" crossorigin href="./${file}" data-loads="map">`,
    ),
    `<link rel="preload" as="fetch" crossorigin href="./stories/${PRERENDERED_STORY}.json">`,
    '<link rel="preload" as="fetch" crossorigin href="./geo/tiles/index.json" data-loads="map">',
    '<link rel="preload" as="fetch" crossorigin href="./geo/labels.geojson" data-loads="map">',
    ...fonts.map(
      (file) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="./${file}">`,
    ),
  ];
}

/** Renders the default story with the app's own components and puts it inside #root. */
export async function prerender(dist, preloads = []) {
  // Vite's SSR loader runs the components in Node (it drops their CSS imports).
  const vite = await createServer({
    configFile: false,
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const { prerenderStory } = await vite.ssrLoadModule('/src/app/prerender-story.tsx');
    const text = readFileSync(join(dist, 'stories', `${PRERENDERED_STORY}.json`), 'utf8');
    const result = prerenderStory(PRERENDERED_STORY, text);
    if (!result.ok) throw new Error(`${PRERENDERED_STORY} did not prerender: ${result.message}`);
    const file = join(dist, 'index.html');
    const html = readFileSync(file, 'utf8');
    if (!html.includes(ROOT)) throw new Error(`${file} has no empty ${ROOT} to fill`);
    const hoisted = hoistStyles(result.html);
    const filled = `<div id="root"><div class="prerendered" data-story="${PRERENDERED_STORY}">${hoisted.html}</div></div>`;
    const cssFile = `assets/first-view-${PRERENDERED_STORY}.css`;
    writeFileSync(join(dist, cssFile), `${result.css}${hoisted.css}\n`);
    // A module the page already asks for needs no second link.
    const fresh = preloads.filter(
      (item) => !html.includes(/href="([^"]+)"/.exec(item)?.[1] ?? '\0'),
    );
    const links = [...fresh, `<link rel="stylesheet" crossorigin href="./${cssFile}">`];
    const link = `${links.map((item) => `    ${item}\n`).join('')}  </head>`;
    writeFileSync(file, html.replace(ROOT, filled).replace('</head>', link));
  } finally {
    await vite.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await prerender(process.argv[2] ?? 'dist');
