/**
 * The offline briefing: one self-contained HTML file per story (dist-briefing/<story>.html) with
 * the app, the story, the basemap and the fonts inside, so it works opened from a USB stick
 * (file://) with no network. `npm run build:briefing -- --story <id>` drives it
 * (scripts/build-briefing.ts).
 *
 * What differs from vite.config.ts, and why:
 * - the entry is src/briefing/main.tsx, which reads the story and the basemap from the module
 *   `virtual:dateline-inline-data` instead of fetching them (file:// pages cannot fetch);
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
import { encodeInlineData } from './src/briefing/inline-data';
import { BRIEFING_TEMPLATE, BRIEFING_TEMPLATE_FILE } from './src/briefing/fill-template';
import { BASEMAP_FILES } from './src/map/basemap-style';
import { parseStoryText } from './src/story/parse-story';

/** The story a briefing holds when none is named. */
export const DEFAULT_BRIEFING_STORY = 'csto-2021';
/** Where briefings are written, one file per story. */
export const BRIEFING_DIR = 'dist-briefing';
/** A story id as `?story=` accepts it: also a safe file name. */
export const STORY_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

const INLINE_DATA_ID = 'virtual:dateline-inline-data';
const root = fileURLToPath(new URL('.', import.meta.url));

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Serves the story and the basemap files' texts as `virtual:dateline-inline-data`. */
function inlineData(storyId: string, storyText: string, geoTexts: Record<string, string>): Plugin {
  return {
    name: 'dateline:inline-data',
    resolveId: (id) => (id === INLINE_DATA_ID ? `\0${INLINE_DATA_ID}` : undefined),
    load: (id) =>
      id === `\0${INLINE_DATA_ID}`
        ? encodeInlineData({ id: storyId, text: storyText }, geoTexts)
        : undefined,
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
  const problems = parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
  if (!parsed.ok) throw new Error(`${file} is not a valid story:\n${problems}`);
  // The briefing shows these too; say so now, while the story can still be fixed.
  if (problems) console.warn(`${file}: ${parsed.problems.length} problem(s):\n${problems}`);
  return singleFileConfig({
    id: storyId,
    text: storyText,
    title: parsed.story.title,
    usedText: storyText,
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
  readonly outDir: string;
  readonly fileName: string;
}

function singleFileConfig(file: SingleFile): UserConfig {
  const geoTexts = Object.fromEntries(
    BASEMAP_FILES.map((name) => [name, readFileSync(`${root}public/geo/${name}`, 'utf8')]),
  );
  return {
    root,
    base: './',
    publicDir: false,
    plugins: [
      react(),
      inlineData(file.id, file.text, geoTexts),
      inlineWorker(),
      briefingPage(file.title),
      fontSubsets(file.usedText + Object.values(geoTexts).join('')),
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
 * story is a placeholder, which the running app fills with the story on screen
 * (src/briefing/fill-template.ts) so that a person without a terminal can make a briefing.
 * It keeps the Latin, Latin Extended and Cyrillic font subsets, since its story is not known yet.
 */
export function briefingTemplateConfig(outDir = 'dist'): UserConfig {
  return singleFileConfig({
    id: BRIEFING_TEMPLATE.id,
    text: BRIEFING_TEMPLATE.text,
    title: BRIEFING_TEMPLATE.title,
    usedText: 'ĀāĂăĄąĆćČčĎďĘęĚěĞğİıŁłŃńŇňŐőŘřŚśŞşŠšŢţŤťŮůŰűŹźŻżŽž',
    outDir,
    fileName: BRIEFING_TEMPLATE_FILE,
  });
}

export default defineConfig(() =>
  briefingConfig(process.env.DATELINE_BRIEFING_STORY ?? DEFAULT_BRIEFING_STORY),
);
