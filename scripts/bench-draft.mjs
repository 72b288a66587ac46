// npm run bench:draft: drafts a 5,000-character article in headless Chromium through the real
// worker (built by Vite, gazetteer fetched from the same origin) and prints the times.
// Usage: node scripts/bench-draft.mjs [--runs 5] [--port 5205]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg('runs', 5);
const port = arg('port', 5205);
const root = join(tmpdir(), 'dateline-draft-bench');
const outDir = join(root, 'dist');
const client = new URL('../src/draft/draft-client.ts', import.meta.url).pathname;
mkdirSync(root, { recursive: true });
writeFileSync(
  join(root, 'index.html'),
  '<!doctype html><script type="module" src="./main.ts"></script>',
);
writeFileSync(
  join(root, 'main.ts'),
  `import { createDrafter } from ${JSON.stringify(client)};
  let drafter;
  window.benchDraft = async (text, published, fresh) => {
    if (fresh || !drafter) { drafter?.close(); drafter = createDrafter(); }
    const steps = [];
    const t0 = performance.now();
    const done = await drafter.draft({ text, published }, (step) => steps.push(step));
    return { ms: performance.now() - t0, events: done.eventCount, steps, workerSeconds: done.seconds };
  };`,
);
await build({ root, configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({
  root,
  configFile: false,
  preview: { port, strictPort: true, host: '127.0.0.1' },
  build: { outDir },
});
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => 'benchDraft' in globalThis);
  const seed = readFileSync(
    new URL('../../shared/seed/000_857ead31f5bd07c4.txt', import.meta.url),
    'utf8',
  );
  let text = seed;
  while (text.length < 5000) text += `\n\n${seed}`;
  text = text.slice(0, 5000);
  const summary = (label, results) => {
    const ms = results.map((r) => r.ms).sort((a, b) => a - b);
    console.log(
      `  ${label}: min ${ms[0].toFixed(0)} ms, median ${ms[Math.floor(ms.length / 2)].toFixed(0)} ms, max ${ms[ms.length - 1].toFixed(0)} ms (${results.length} runs, ${results[0].events} events)`,
    );
  };
  const cold = [];
  const warm = [];
  for (let i = 0; i < runs; i += 1) {
    cold.push(await page.evaluate(([t]) => globalThis.benchDraft(t, '2021-10-18', true), [text]));
    warm.push(await page.evaluate(([t]) => globalThis.benchDraft(t, '2021-10-18', false), [text]));
  }
  console.log(
    `5,000-character article in headless Chromium, through the worker (progress: ${cold[0].steps.join(' → ')}):`,
  );
  summary('new worker (fetches and builds the gazetteer)', cold);
  summary('worker kept (gazetteer loaded)            ', warm);
} finally {
  await browser.close();
  server.httpServer.close();
}
