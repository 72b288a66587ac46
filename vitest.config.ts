import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three kinds of test, one command: pure logic in Node, components in jsdom (map mocked),
// and the built app in real Chromium (test/browser, driven by playwright-core).
export default defineConfig({
  plugins: [react()],
  test: {
    // No test here is timed (speed is the benchmarks' to print), so a test's limit only guards
    // against a hang: vitest's 5 s default failed the 100,000-event generator and the field
    // picker's dialog on a machine busy with other work.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['test/**/*.test.tsx'],
          setupFiles: ['test/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
