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

// Relative base so the built app works from any folder (a newsroom CMS path, a USB stick).
export default defineConfig(({ command }) => ({
  base: './',
  // The build writes a prerendered page per mode (embed.html, present.html): links into those
  // modes open them (src/state/mode-page.ts). The development server has index.html only.
  define: command === 'build' ? { 'import.meta.env.DATELINE_MODE_PAGES': JSON.stringify('1') } : {},
  plugins: [react(), prerenderFirstView()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
}));
