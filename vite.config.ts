import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * After the app is written, fill its index.html with the default story's first view (the text a
 * reader sees before any script runs) and the links that fetch the map, story and fonts in
 * parallel (scripts/prerender.mjs).
 */
function prerenderFirstView(): Plugin {
  return {
    name: 'dateline-prerender',
    apply: 'build',
    async writeBundle(options, bundle) {
      // Only the app's own page: a build of another page (the hostile-render harness) has none.
      if (!options.dir || !('index.html' in bundle)) return;
      const { prerender, preloadLinks } = await import('./scripts/prerender.mjs');
      await prerender(options.dir, preloadLinks(bundle), bundle);
    },
  };
}

/**
 * Every module the page's entry imports statically goes into one chunk. Left to itself the
 * bundler cuts them into one chunk per set of importers (25 files of 0.3–40 KB, because the
 * lazy parts share them), and a page served over HTTP/1.1 fetches at most six at a time: the
 * stylesheet and the text's first paint waited behind them. A lazy part imports this chunk,
 * which is loaded already. The set is taken from the module graph after it is built (buildEnd),
 * before chunks are made.
 */
function firstLoadChunk() {
  const firstLoad = new Set<string>();
  const plugin: Plugin = {
    name: 'dateline-first-load-chunk',
    apply: 'build',
    buildEnd() {
      const pending = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (firstLoad.has(id)) continue;
        firstLoad.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, test: (id: string) => firstLoad.has(id) };
}

const firstLoad = firstLoadChunk();

// Relative base so the built app works from any folder (a newsroom CMS path, a USB stick).
export default defineConfig(({ command }) => ({
  base: './',
  // The build writes a prerendered page per mode (embed.html, present.html): links into those
  // modes open them (src/state/mode-page.ts). The development server has index.html only.
  define: command === 'build' ? { 'import.meta.env.DATELINE_MODE_PAGES': JSON.stringify('1') } : {},
  plugins: [react(), prerenderFirstView(), firstLoad.plugin],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'app', test: firstLoad.test }] } },
    },
  },
}));
