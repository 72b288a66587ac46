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
      if (!options.dir) return;
      const { prerender, preloadLinks } = await import('./scripts/prerender.mjs');
      await prerender(options.dir, preloadLinks(bundle));
    },
  };
}

// Relative base so the built app works from any folder (a newsroom CMS path, a USB stick).
export default defineConfig({
  base: './',
  plugins: [react(), prerenderFirstView()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
});
