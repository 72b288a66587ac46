import { afterEach, describe, expect, it, vi } from 'vitest';
import { startStory } from '../../src/app/start-story';
import { parseStory } from '../../src/story/parse-story';
import { describeProblem } from '../fixtures/describe-problem';
import { miniStoryData } from '../fixtures/load-fixture';

afterEach(() => vi.unstubAllGlobals());

describe('starting from a link', () => {
  it('refuses a story on another site instead of showing the default one', async () => {
    const fetcher = vi.fn();
    vi.stubGlobal('fetch', fetcher);
    const { store, loaded } = startStory(
      '?story=https://evil.example/s.json',
      '/',
      'https://dateline.example/',
    );
    await loaded;
    expect(store.getState().status).toBe('failed');
    expect(store.getState().storyProblems.map(describeProblem).join()).toMatch(/another site/);
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('loads the default story when the link names none', async () => {
    const fetcher = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', fetcher);
    await startStory('', '/', 'https://dateline.example/').loaded;
    expect(fetcher).toHaveBeenCalledWith(
      'https://dateline.example/stories/csto-2021.json',
      expect.anything(),
    );
  });

  it("follows the system's dark mode when the link names no theme", () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}')),
    );
    vi.stubGlobal('window', {
      matchMedia: (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' }),
    });
    expect(startStory('', '/', 'https://dateline.example/').store.getState().settings.theme).toBe(
      'dark',
    );
    expect(
      startStory('?theme=light', '/', 'https://dateline.example/').store.getState().settings.theme,
    ).toBe('light');
  });

  it('reads a library story through the loader it is given, fetching nothing', async () => {
    const fetcher = vi.fn();
    vi.stubGlobal('fetch', fetcher);
    const loader = vi.fn(async () => parseStory(miniStoryData()));
    const { store, loaded } = startStory(
      '?story=local:abcdefghij12',
      '/',
      'https://dateline.example/',
      undefined,
      loader,
    );
    await loaded;
    expect(loader).toHaveBeenCalledWith('abcdefghij12', expect.any(Function));
    expect(store.getState().story?.id).toBe('mini-story');
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('refuses a malformed library reference instead of fetching it', async () => {
    const fetcher = vi.fn();
    vi.stubGlobal('fetch', fetcher);
    const { store, loaded } = startStory('?story=local:../x', '/', 'https://dateline.example/');
    await loaded;
    expect(store.getState().storyProblems.map(describeProblem).join()).toMatch(
      /not a library story/,
    );
    expect(fetcher).not.toHaveBeenCalled();
  });
});
