import { describe, expect, it } from 'vitest';
import { loadStory, resolveStoryUrl } from '../../src/story/load-story';
import { describeProblem } from '../fixtures/describe-problem';
import { validStory } from './story-builders';

const BASE = 'https://dateline.example/app/';

function respond(body: string, init: ResponseInit = {}): typeof fetch {
  return async () => new Response(body, init);
}

async function messageFor(fetcher: typeof fetch): Promise<string> {
  const result = await loadStory(`${BASE}stories/x.json`, { fetcher });
  return result.problems.map(describeProblem).join('\n');
}

describe('resolving ?story=', () => {
  it('turns a story id into the shipped file', () => {
    expect(resolveStoryUrl('csto-2021', BASE)).toEqual({
      ok: true,
      url: 'https://dateline.example/app/stories/csto-2021.json',
    });
  });

  it('accepts a same-origin .json path', () => {
    expect(resolveStoryUrl('/data/story.json', BASE)).toEqual({
      ok: true,
      url: 'https://dateline.example/data/story.json',
    });
  });

  it('refuses another origin', () => {
    expect(resolveStoryUrl('https://evil.example/story.json', BASE).ok).toBe(false);
    expect(resolveStoryUrl('//evil.example/story.json', BASE).ok).toBe(false);
  });

  it('refuses a path that is not a .json file', () => {
    expect(resolveStoryUrl('/index.html', BASE).ok).toBe(false);
  });
});

describe('loading a story', () => {
  it('parses a story file', async () => {
    const result = await loadStory(`${BASE}x.json`, {
      fetcher: respond(JSON.stringify(validStory())),
    });
    expect(result.ok).toBe(true);
  });

  it('says plainly when there is no file', async () => {
    expect(await messageFor(respond('', { status: 404 }))).toMatch(/^There is no story file at /);
  });

  it('recognises a web page sent in place of a missing file', async () => {
    const page = respond('<!doctype html><html></html>', {
      headers: { 'content-type': 'text/html' },
    });
    expect(await messageFor(page)).toMatch(/sent a web page instead/);
  });

  it('reports a network failure without throwing', async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await messageFor(offline)).toMatch(/Could not load the story .*Failed to fetch/);
  });
});
