import { describe, expect, it } from 'vitest';
import { loadStory, MAX_STORY_BYTES } from '../../src/story/load-story';
import { describeProblem } from '../fixtures/describe-problem';
import { validStory } from './story-builders';

const URL_ASKED = 'https://dateline.example/app/stories/x.json';

async function messageFor(fetcher: typeof fetch): Promise<string> {
  const result = await loadStory(URL_ASKED, { fetcher });
  return result.problems.map(describeProblem).join('\n');
}

/** A response as fetch gives it after following redirects to `landedAt`. */
function redirectedTo(landedAt: string, body: string): typeof fetch {
  return async () => {
    const response = new Response(body);
    Object.defineProperty(response, 'url', { value: landedAt });
    Object.defineProperty(response, 'redirected', { value: true });
    return response;
  };
}

describe('loading a story: where it comes from', () => {
  it('refuses a story that redirected to another site', async () => {
    const fetcher = redirectedTo('https://evil.example/story.json', JSON.stringify(validStory()));
    expect(await messageFor(fetcher)).toBe(
      `The story at ${URL_ASKED} redirects to another site (https://evil.example); it was not opened`,
    );
  });

  it('accepts a redirect within the same origin', async () => {
    const fetcher = redirectedTo(
      'https://dateline.example/other/story.json',
      JSON.stringify(validStory()),
    );
    expect((await loadStory(URL_ASKED, { fetcher })).ok).toBe(true);
  });
});

describe('loading a story: the size cap', () => {
  it('refuses a body whose Content-Length is over the cap without reading it', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const fetcher: typeof fetch = async () =>
      new Response(body, { headers: { 'content-length': String(MAX_STORY_BYTES + 1) } });
    expect(await messageFor(fetcher)).toMatch(/is larger than 30 MB$/);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading a body with no length once it passes the cap', async () => {
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    // An endless body: without the cap, reading it would never finish.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const fetcher: typeof fetch = async () => new Response(body);
    expect(await messageFor(fetcher)).toMatch(/is larger than 30 MB$/);
    expect(sent).toBeLessThan(MAX_STORY_BYTES + 4 * chunk.byteLength);
  });
});
