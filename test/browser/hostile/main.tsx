/**
 * Test-only entry (built by test/browser/hostile-render.test.ts, never shipped): the real app,
 * whose story is swapped for one hostile story after another. window.renderHostile(from, to)
 * renders stories from..to-1 and says which left the page blank or showed a failed part.
 */
import '../../../src/story/zod-jitless';
import { StrictMode } from 'react';
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

const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
const tick = () => new Promise((done) => setTimeout(done, 0));

interface RunResult {
  rendered: number;
  failures: string[];
}

async function renderHostile(from: number, to: number): Promise<RunResult> {
  const failures: string[] = [];
  for (let seed = from; seed < to; seed += 1) {
    store.getState().storyLoaded(parseStory(hostileStory(seed)));
    await tick();
    if (seed % 25 === 0) await frame(); // let the map draw what it has
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
