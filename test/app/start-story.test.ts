import { afterEach, describe, expect, it, vi } from 'vitest';
import { startStory } from '../../src/app/start-story';
import { describeProblem } from '../../src/story/problem';

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
});
