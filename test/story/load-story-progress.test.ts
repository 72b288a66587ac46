/** Loading a story as a stream: progress as bytes arrive and events are checked, and cancelling. */
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../fixtures/describe-problem';
import { loadStory, type LoadProgress } from '../../src/story/load-story';
import { pageStoryParser } from '../../src/story/story-parser';
import { validStory } from './story-builders';

const URL_ASKED = 'https://dateline.example/app/stories/x.json';

/** A body sent in `parts` chunks, with the headers given. */
function chunked(text: string, parts: number, headers: Record<string, string> = {}) {
  const bytes = new TextEncoder().encode(text);
  const size = Math.ceil(bytes.byteLength / parts);
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.byteLength) controller.close();
      else controller.enqueue(bytes.slice(at, (at += size)));
    },
  });
  return async () => new Response(body, { headers });
}

describe('loading a story: progress', () => {
  it('says the bytes read of the Content-Length, the events being checked, then the story’s head', async () => {
    const text = JSON.stringify(validStory({ title: 'Drills', summary: 'Troops on the border.' }));
    const heard: LoadProgress[] = [];
    const length = String(new TextEncoder().encode(text).byteLength);
    const fetcher = chunked(text, 3, { 'content-length': length });
    const result = await loadStory(URL_ASKED, { fetcher, onProgress: (p) => heard.push(p) });
    expect(result.ok).toBe(true);
    const total = Number(length);
    expect(heard.at(-3)).toEqual({ phase: 'reading', bytes: total, total });
    expect(heard.filter((p) => p.phase === 'reading')).toHaveLength(3);
    const events = validStory().events.length;
    expect(heard.at(-2)).toEqual({ phase: 'checking', events });
    // The title and summary as checked, before the story's events are.
    expect(heard.at(-1)).toEqual({
      phase: 'checking',
      events,
      head: { title: 'Drills', summary: 'Troops on the border.', language: 'en' },
    });
  });

  it('gives no total for a compressed body, whose length is not what is read', async () => {
    const text = JSON.stringify(validStory());
    const heard: LoadProgress[] = [];
    const fetcher = chunked(text, 1, { 'content-length': '10', 'content-encoding': 'gzip' });
    await loadStory(URL_ASKED, { fetcher, onProgress: (p) => heard.push(p) });
    expect(heard[0]).toEqual({ phase: 'reading', bytes: text.length, total: undefined });
  });

  it('says the length of a compressed body once all of it has arrived', async () => {
    const text = JSON.stringify(validStory());
    const heard: LoadProgress[] = [];
    const fetcher = chunked(text, 2, { 'content-encoding': 'gzip' });
    await loadStory(URL_ASKED, { fetcher, onProgress: (p) => heard.push(p) });
    const reading = heard.filter((p) => p.phase === 'reading');
    expect(reading.at(-2)).toEqual({ phase: 'reading', bytes: text.length, total: undefined });
    expect(reading.at(-1)).toEqual({ phase: 'reading', bytes: text.length, total: text.length });
  });
});

describe('loading a story: cancelling', () => {
  it('stops reading once cancelled and settles as cancelled', async () => {
    const controller = new AbortController();
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(stream) {
        pulled += 1;
        if (pulled === 2) controller.abort();
        await new Promise((resolve) => setTimeout(resolve, 5));
        stream.enqueue(new Uint8Array(1024).fill(0x20));
      },
    });
    const fetcher: typeof fetch = async () => new Response(body);
    const result = await loadStory(URL_ASKED, { fetcher, signal: controller.signal });
    expect(result.problems.map(describeProblem).join('\n')).toBe(
      `Loading the story from ${URL_ASKED} was cancelled`,
    );
    expect(pulled).toBeLessThan(5);
  });
});

describe('loading a story: the parser', () => {
  it('is made ready before the server answers, so its code loads beside the download', async () => {
    const order: string[] = [];
    const parser = pageStoryParser();
    const prepare = parser.prepare.bind(parser);
    parser.prepare = () => {
      order.push('prepare');
      prepare();
    };
    const fetcher: typeof fetch = async () => {
      order.push('fetch');
      return new Response(JSON.stringify(validStory()));
    };
    const result = await loadStory(URL_ASKED, { fetcher, parser });
    expect(result.ok).toBe(true);
    expect(order).toEqual(['prepare', 'fetch']);
  });
});
