/**
 * Builds the app once and serves it with `vite preview` for the browser tests.
 * Without Chromium the tests are skipped loudly; under CI a missing browser is a failure.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { chromiumPath, MISSING_CHROMIUM } from './chromium';
import { writeTestStories } from './test-stories';

// Overridable so two checkouts can run their browser tests side by side.
export const PREVIEW_PORT = Number(process.env.DATELINE_PREVIEW_PORT ?? 4317);
// Overridable so a build in progress elsewhere does not clobber this run's app.
const DIST = process.env.DATELINE_DIST ?? 'dist';
let server: ChildProcess | undefined;

export default async function setup(project: TestProject) {
  if (!chromiumPath()) {
    const line = '!'.repeat(100);
    console.warn(`\n${line}\n${MISSING_CHROMIUM}\n${line}\n`);
    if (process.env.CI === 'true') throw new Error(`CI=true and ${MISSING_CHROMIUM}`);
    project.provide('baseUrl', '');
    return;
  }
  if (process.env.DATELINE_SKIP_BUILD !== '1') {
    const build = spawnSync(
      'npx',
      ['vite', 'build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir'],
      // Vitest sets NODE_ENV=test, which would build React's development bundle: test what ships.
      { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
    );
    if (build.status !== 0) throw new Error('vite build failed');
  }
  // The briefing template that `npm run build` ships beside the app (Export briefing); built
  // here too when a plain `vite build` made the app.
  if (!existsSync(`${DIST}/briefing-template.html`)) {
    const template = spawnSync(
      'npx',
      ['tsx', 'scripts/build-briefing.ts', '--template', '--out', DIST],
      { stdio: 'inherit' },
    );
    if (template.status !== 0) throw new Error('the briefing template did not build');
  }
  writeTestStories(DIST);
  server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      DIST,
      '--port',
      String(PREVIEW_PORT),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const baseUrl = `http://127.0.0.1:${PREVIEW_PORT}/`;
  await waitFor(baseUrl);
  project.provide('baseUrl', baseUrl);
  return () => {
    if (server?.pid) process.kill(-server.pid);
  };
}

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not start at ${url}`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
