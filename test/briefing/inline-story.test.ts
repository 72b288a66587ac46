import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startStory } from '../../src/app/start-story';
import { describeProblem } from '../fixtures/describe-problem';

const MINI = readFileSync('test/fixtures/mini-story.json', 'utf8');
const PAGE = 'file:///media/usb/csto-2021.html';

afterEach(() => vi.unstubAllGlobals());

describe('a story carried inside the page', () => {
  it('is parsed and shown without a single fetch', async () => {
    const fetcher = vi.fn();
    vi.stubGlobal('fetch', fetcher);
    const { store, loaded } = startStory('', './', PAGE, { id: 'mini-story', text: MINI });
    await loaded;
    expect(store.getState().status).toBe('ready');
    expect(store.getState().story?.title).toBe('Drills on the Tajik–Afghan border');
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('goes through the story parser: broken text is reported, not shown', async () => {
    const { store, loaded } = startStory('', './', PAGE, { id: 'x', text: '{"format": 1}' });
    await loaded;
    expect(store.getState().status).toBe('failed');
    expect(store.getState().storyProblems.length).toBeGreaterThan(0);
  });

  it('still applies the rest of the link: the step to resume at', async () => {
    const { store, loaded } = startStory('?step=2', './', PAGE, { id: 'mini-story', text: MINI });
    await loaded;
    expect(store.getState().stepIndex).toBe(1);
  });

  it('says so when the link names another story, and shows the one it holds', async () => {
    const { store, loaded } = startStory('?story=other', './', PAGE, {
      id: 'mini-story',
      text: MINI,
    });
    await loaded;
    expect(store.getState().status).toBe('ready');
    expect(store.getState().linkProblems.map(describeProblem).join()).toMatch(
      /holds only "mini-story"/,
    );
  });
});
