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
 * Noto Sans with font-display: optional instead of @fontsource's swap. The text is on screen before
 * any script runs, so a late font would re-wrap the title and the list and move the page (a swap
 * measured 0.23 of layout shift); preloaded, the font is nearly always in time, and when it is
 * not the page keeps the fallback until the next visit.
 */
function fontDisplayOptional(): Plugin {
  return {
    name: 'dateline-font-display',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource\/noto-sans\/[\w-]+\.css$/.test(id)) return undefined;
      return code.replaceAll('font-display: swap;', 'font-display: optional;');
    },
  };
}

// Relative base so the built app works from any folder (a newsroom CMS path, a USB stick).
export default defineConfig(({ command }) => ({
  base: './',
  // The build writes a prerendered page per mode (embed.html, present.html): links into those
  // modes open them (src/state/mode-page.ts). The development server has index.html only.
  define: command === 'build' ? { 'import.meta.env.DATELINE_MODE_PAGES': JSON.stringify('1') } : {},
  plugins: [react(), fontDisplayOptional(), prerenderFirstView()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
}));
