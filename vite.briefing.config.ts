/**
 * The offline briefing: one self-contained HTML file per story (dist-briefing/<story>.html) with
 * the app, the story, the basemap and the fonts inside, so it works opened from a USB stick
 * (file://) with no network. `npm run build:briefing -- --story <id>` drives it
 * (scripts/build-briefing.ts).
 *
 * What differs from vite.config.ts, and why:
 * - the entry is src/briefing/main.tsx, which reads the story and the basemap from a
 *   `<script type="application/json">` block in the page instead of fetching them (file://
 *   pages cannot fetch); the block is data, never run, so filling it in leaves the page's
 *   Content Security Policy (scripts/briefing-csp.ts) valid;
 * - vite-plugin-singlefile inlines every script, style and asset; MapLibre's worker rides along
 *   as text and starts from a blob: URL (MapLibre turns it into a module worker on file://);
 * - only the font subsets the briefing can show are kept, as woff2 data URLs;
 * - public/ is not copied: the one file must need nothing beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { keepFontSubsets } from './src/briefing/font-subsets';
import { BRIEFING_GEO_FILES, briefingGeoSelection } from './src/briefing/briefing-geo';
import { WHOLE_WORLD_MAX_ZOOM, featuresWithin, tilesCovering } from './src/briefing/briefing-tiles';
import { BRIEFING_TEMPLATE, BRIEFING_TEMPLATE_FILE } from './src/briefing/fill-template';
import { encodeInlineData, inlineDataBlock, type InlineGeoInput } from './src/briefing/inline-data';
import { parseTileIndex } from './src/geo/tile-index';
import type { Story } from './src/story/story';
import { parseStoryText } from './src/story/parse-story';
import { englishMessages } from './src/i18n/load-messages';

const LEFT_OUT = '\0dateline-briefing-left-out';
const NO_GAZETTEER = '\0dateline-briefing-no-gazetteer';
const NO_PARSE_WORKER = '\0dateline-briefing-no-parse-worker';

/**
 * A briefing has no library, so nothing in it can be edited or drafted (the buttons hide without
 * the app's shell); their code and the 3 MB gazetteer it would load are left out of the one file,
 * which inlines every lazy chunk and asset. `?edit` in a briefing shows the reader's screen.
 * The story-parsing worker is left out too: a page opened from file:// cannot start one.
 */
function leaveOutEditing(): Plugin {
  return {
    name: 'dateline-briefing-leave-out-editing',
    enforce: 'pre',
    resolveId(source) {
      if (/gazetteer-data\.json\?url$/.test(source)) return NO_GAZETTEER;
      if (/\/(editor\/EditorLayout|DraftDialog)$/.test(source)) return LEFT_OUT;
      if (/\/parse-worker-start$/.test(source)) return NO_PARSE_WORKER;
      return undefined;
    },
    load(id) {
      if (id === NO_GAZETTEER) return 'export default "";';
      // Opened from file://, the briefing can start no worker: it parses on the page, and the
      // parse worker (written as a file of its own) would be left beside the one file unused.
      if (id === NO_PARSE_WORKER) return 'export const startParseWorker = undefined;';
      if (id === LEFT_OUT) {
        return [
          "import { createElement } from 'react';",
          'export default function LeftOut(props) {',
          '  return props.Layout ? createElement(props.Layout) : null;',
          '}',
        ].join('\n');
      }
      return undefined;
    },
  };
}

/** The story a briefing holds when none is named. */
export const DEFAULT_BRIEFING_STORY = 'csto-2021';
/** Where briefings are written, one file per story. */
export const BRIEFING_DIR = 'dist-briefing';
/** A story id as `?story=` accepts it: also a safe file name. */
export const STORY_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

const root = fileURLToPath(new URL('.', import.meta.url));

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const geoDir = `${root}public/geo/`;

/** The basemap a story's briefing carries: the tiles around its events, the files cut to them. */
function briefingGeo(story: Story): InlineGeoInput {
  const present = parseTileIndex(JSON.parse(readFileSync(`${geoDir}tiles/index.json`, 'utf8')));
  const { tiles, region } = briefingGeoSelection(story, present);
  return {
    tiles: Object.fromEntries(
      tiles.map((key) => [key, readFileSync(`${geoDir}tiles/${key}.pbf.gz`)]),
    ),
    // The handout's world and labels, only where the story's maps can reach.
    files: Object.fromEntries(
      BRIEFING_GEO_FILES.map((file) => [
        file,
        featuresWithin(readFileSync(`${geoDir}${file}`, 'utf8'), region),
      ]),
    ),
  };
}

/**
 * The template's basemap: the world views' tiles only (zooms 0–2), since its story is not known
 * yet. Export briefing adds the tiles and the cut files of the story it fills in.
 */
function templateGeo(): InlineGeoInput {
  const present = parseTileIndex(JSON.parse(readFileSync(`${geoDir}tiles/index.json`, 'utf8')));
  const keys = tilesCovering([-180, -85, 180, 85], WHOLE_WORLD_MAX_ZOOM).filter((key) =>
    present.has(key),
  );
  return {
    tiles: Object.fromEntries(
      keys.map((key) => [key, readFileSync(`${geoDir}tiles/${key}.pbf.gz`)]),
    ),
    files: {},
  };
}

/** Puts the story and its basemap in the page as a JSON block the page reads (never runs). */
function inlineData(storyId: string, storyText: string, geo: InlineGeoInput): Plugin {
  const block = inlineDataBlock(encodeInlineData({ id: storyId, text: storyText }, geo));
  return {
    name: 'dateline:inline-data',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes('</body>')) throw new Error('index.html has no </body>');
        // A function, so that "$&" in a story is text, not a pattern.
        return html.replace(
          '</body>',
          () => `  ${block}
  </body>`,
        );
      },
    },
  };
}

/** Points index.html at the briefing's entry, names the page after the story, inlines the icon. */
function briefingPage(title: string): Plugin {
  const icon = readFileSync(`${root}public/favicon.svg`).toString('base64');
  return {
    name: 'dateline:briefing-page',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const entry = 'src="/src/main.tsx"';
        if (!html.includes(entry)) throw new Error(`index.html no longer loads ${entry}`);
        return html
          .replace(entry, 'src="/src/briefing/main.tsx"')
          .replace('href="./favicon.svg"', `href="data:image/svg+xml;base64,${icon}"`)
          .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)} · Dateline</title>`)
          .replace(
            /<noscript[\s>][\s\S]*?<\/noscript\s*>/,
            '<noscript>This briefing needs JavaScript to show the map and timeline.</noscript>',
          );
      },
    },
  };
}

/**
 * MapLibre's worker as a blob: URL made from its source text, instead of the base64 data: URL
 * that inlining `?url` would give: a quarter smaller. On a page whose origin is null (file://)
 * MapLibre fetches that URL and starts a module worker from the code.
 */
function inlineWorker(): Plugin {
  const workerUrlImport = 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
  const id = '\0dateline:maplibre-worker-url';
  return {
    name: 'dateline:inline-worker',
    enforce: 'pre',
    resolveId: (source) => (source === workerUrlImport ? id : undefined),
    load: (loading) =>
      loading === id
        ? [
            "import code from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';",
            "export default URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));",
          ].join('\n')
        : undefined,
  };
}

/** Drops the @fontsource faces the briefing cannot need, before their files are inlined. */
function fontSubsets(usedText: string): Plugin {
  return {
    name: 'dateline:font-subsets',
    enforce: 'pre',
    transform: (code, id) =>
      /[\\/]@fontsource[\\/].*\.css$/.test(id) ? keepFontSubsets(code, usedText) : undefined,
  };
}

/** The Vite config that builds the briefing of one shipped story. */
export function briefingConfig(storyId: string): UserConfig {
  if (!STORY_ID.test(storyId)) throw new Error(`"${storyId}" is not a story id`);
  const file = `public/stories/${storyId}.json`;
  if (!existsSync(`${root}${file}`)) throw new Error(`There is no story ${file}`);
  const storyText = readFileSync(`${root}${file}`, 'utf8');
  const parsed = parseStoryText(storyText);
  const problems = parsed.problems
    .map((p) => `  ${englishMessages.problems.describe(p)}`)
    .join('\n');
  if (!parsed.ok) throw new Error(`${file} is not a valid story:\n${problems}`);
  // The briefing shows these too; say so now, while the story can still be fixed.
  if (problems) console.warn(`${file}: ${parsed.problems.length} problem(s):\n${problems}`);
  return singleFileConfig({
    id: storyId,
    text: storyText,
    title: parsed.story.title,
    usedText: storyText,
    geo: briefingGeo(parsed.story),
    outDir: BRIEFING_DIR,
    fileName: `${storyId}.html`,
  });
}

/** What one single-file build holds and where it goes. */
interface SingleFile {
  readonly id: string;
  readonly text: string;
  readonly title: string;
  /** Text whose characters decide which font subsets are kept (the basemap's are added). */
  readonly usedText: string;
  readonly geo: InlineGeoInput;
  readonly outDir: string;
  readonly fileName: string;
}

function singleFileConfig(file: SingleFile): UserConfig {
  return {
    root,
    base: './',
    publicDir: false,
    plugins: [
      react(),
      inlineData(file.id, file.text, file.geo),
      inlineWorker(),
      leaveOutEditing(),
      briefingPage(file.title),
      fontSubsets(file.usedText + Object.values(file.geo.files).join('')),
      viteSingleFile({ outputFileName: file.fileName }),
    ],
    build: {
      outDir: file.outDir,
      // Other stories' briefings (and, for the template, the app beside it) stay where they are.
      emptyOutDir: false,
      target: 'es2022',
      modulePreload: false,
      reportCompressedSize: false,
    },
  };
}

/**
 * The briefing template shipped in the app's dist/ (briefing-template.html): a briefing whose
 * story is a placeholder and whose basemap is the world views only, which the running app fills
 * with the story on screen and the basemap around it (src/briefing/fill-template.ts) so that a
 * person without a terminal can make a briefing. It keeps the Latin, Latin Extended and
 * Cyrillic font subsets, and those of every label, since its story is not known yet.
 */
export function briefingTemplateConfig(outDir = 'dist'): UserConfig {
  const labels = BRIEFING_GEO_FILES.map((name) => readFileSync(`${geoDir}${name}`, 'utf8'));
  return singleFileConfig({
    id: BRIEFING_TEMPLATE.id,
    text: BRIEFING_TEMPLATE.text,
    title: BRIEFING_TEMPLATE.title,
    usedText: 'ĀāĂăĄąĆćČčĎďĘęĚěĞğİıŁłŃńŇňŐőŘřŚśŞşŠšŢţŤťŮůŰűŹźŻżŽž' + labels.join(''),
    geo: templateGeo(),
    outDir,
    fileName: BRIEFING_TEMPLATE_FILE,
  });
}

export default defineConfig(() =>
  briefingConfig(process.env.DATELINE_BRIEFING_STORY ?? DEFAULT_BRIEFING_STORY),
);
