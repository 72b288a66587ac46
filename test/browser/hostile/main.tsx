/**
 * Test-only entry (built by test/browser/hostile-render.test.ts, never shipped): the real app,
 * whose story is swapped for one hostile story after another. window.renderHostile(from, to)
 * renders stories from..to-1 and says which left the page blank or showed a failed part. Each
 * story is rendered and committed synchronously (header, timeline, list, panels, and the map's
 * sources set with its features); the map draws a frame every DRAW_EVERY stories. Between frames
 * MapLibre keeps only the newest data for its worker, so the worker tiles at least one story in
 * every DRAW_EVERY, not each one.
 */
import '../../../src/story/zod-jitless';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from '../../../src/app/App';
import { createDatelineStore } from '../../../src/state/store';
import { StoreProvider } from '../../../src/state/store-context';
import { parseStory } from '../../../src/story/parse-story';
import { hostileStory } from './hostile-stories';

const store = createDatelineStore({});
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}

/** How often the map is given a frame to draw (and its worker a turn to tile the story). */
const DRAW_EVERY = 10;

const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
const tick = () => new Promise((done) => setTimeout(done, 0));

interface RunResult {
  rendered: number;
  failures: string[];
}

async function renderHostile(from: number, to: number): Promise<RunResult> {
  const failures: string[] = [];
  for (let seed = from; seed < to; seed += 1) {
    // Rendered and committed at once, effects included (the map's sources get the story's
    // features); every DRAW_EVERY stories the browser gets a frame to draw the map.
    flushSync(() => store.getState().storyLoaded(parseStory(hostileStory(seed))));
    if (seed % DRAW_EVERY === 0) {
      await tick();
      await frame();
    }
    const title = document.querySelector('h1')?.textContent ?? '';
    if (!root || root.childElementCount === 0 || !title.includes(`Hostile story ${seed}`)) {
      failures.push(`seed ${seed}: blank page (title "${title}")`);
    }
    for (const alert of document.querySelectorAll('.part-failed')) {
      failures.push(`seed ${seed}: ${alert.textContent ?? ''}`);
    }
    if (failures.length > 20) break;
  }
  await frame();
  return { rendered: to - from, failures };
}

Reflect.set(window, 'renderHostile', renderHostile);
