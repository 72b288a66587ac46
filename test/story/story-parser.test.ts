/**
 * The page's side of story parsing (src/story/story-parser.ts) against a stand-in worker that
 * runs the real worker code with messages copied as a browser copies them (structured clone,
 * transfers detaching their buffers) and delivered later, as a browser delivers them.
 */
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../fixtures/describe-problem';
import { generateStory } from '../../scripts/generate-story.mjs';
import { createParseJobs } from '../../src/story/parse-jobs';
import { parseStoryText } from '../../src/story/parse-story';
import { MAX_STORY_BYTES } from '../../src/story/story-limits';
import {
  pageStoryParser,
  parseStoryTextAsync,
  workerStoryParser,
  type ParseWorker,
} from '../../src/story/story-parser';
import { validStory } from './story-builders';

/** A worker in the same thread: what crosses is cloned (or transferred), and arrives later. */
function standInWorker() {
  const sent: unknown[] = [];
  const target = new EventTarget();
  const port: ParseWorker = {
    addEventListener: (type, listener) => target.addEventListener(type, listener),
    postMessage(message, transfer = []) {
      const copy = structuredClone(message, { transfer });
      sent.push(copy);
      setTimeout(() => handle(copy), 0);
    },
  };
  const handle = createParseJobs((reply) => {
    const copy = structuredClone(reply);
    setTimeout(() => target.dispatchEvent(new MessageEvent('message', { data: copy })), 0);
  });
  /** The worker stops, as a browser says it (an ErrorEvent with a message). */
  const fail = (message: string) =>
    target.dispatchEvent(Object.assign(new Event('error'), { message }));
  return { port, sent, fail };
}

const typeOf = (message: unknown) =>
  typeof message === 'object' && message !== null && 'type' in message ? message.type : undefined;

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('parsing through the worker', () => {
  it('gives the same story as parsing on the page, its events put back together', async () => {
    const text = JSON.stringify(generateStory(450));
    const { port } = standInWorker();
    const result = await parseStoryTextAsync(
      text,
      undefined,
      workerStoryParser(() => port),
    );
    expect(result).toEqual(parseStoryText(text));
  });

  it('tells how many events are being checked', async () => {
    const { port } = standInWorker();
    const heard: number[] = [];
    const text = JSON.stringify(generateStory(12));
    await parseStoryTextAsync(
      text,
      (n) => heard.push(n),
      workerStoryParser(() => port),
    );
    expect(heard).toEqual([12]);
  });

  it('tells the story’s title, summary and language before its events have crossed', async () => {
    const { port } = standInWorker();
    const text = JSON.stringify(generateStory(450));
    const job = workerStoryParser(() => port).begin();
    job.pushText(text);
    const heard: string[] = [];
    const result = await job.finish(
      (events) => heard.push(`checking ${events}`),
      (head) => heard.push(`head ${head.title} · ${head.summary} · ${head.language}`),
    );
    if (!result.ok) throw new Error('the generated story does not parse');
    const { title, summary, language } = result.story;
    expect(heard).toEqual(['checking 450', `head ${title} · ${summary} · ${language}`]);
  });

  it('starts its worker when told to get ready, before any file, and only once', () => {
    const { port } = standInWorker();
    let starts = 0;
    const parser = workerStoryParser(() => {
      starts += 1;
      return port;
    });
    expect(starts).toBe(0);
    parser.prepare();
    expect(starts).toBe(1);
    parser.prepare();
    parser.begin().pushText('{}');
    expect(starts).toBe(1);
  });

  it('hands bytes over to the worker instead of copying them', () => {
    const { port } = standInWorker();
    const bytes = new TextEncoder().encode(JSON.stringify(validStory()));
    workerStoryParser(() => port)
      .begin()
      .push(bytes);
    expect(bytes.byteLength).toBe(0); // detached: the page no longer holds them
  });

  it('stops a cancelled job: the worker is told, and nothing more is sent or settled', async () => {
    const { port, sent } = standInWorker();
    const job = workerStoryParser(() => port).begin();
    job.pushText(JSON.stringify(validStory()));
    job.cancel();
    job.pushText('more');
    let settled = false;
    void job.finish().then(() => {
      settled = true;
    });
    await later(20);
    expect(sent.map(typeOf)).toEqual(['text', 'cancel']);
    expect(settled).toBe(false);
  });

  it('gives the worker’s early refusal of an oversized file when asked to finish', async () => {
    const { port } = standInWorker();
    const job = workerStoryParser(() => port).begin();
    for (let sent = 0; sent <= MAX_STORY_BYTES; sent += 4 * 1024 * 1024) {
      job.push(new Uint8Array(4 * 1024 * 1024).fill(0x20));
    }
    await later(50);
    const result = await job.finish();
    expect(result.problems.map(describeProblem).join('\n')).toBe('The story is larger than 30 MB');
  });

  it('fails the jobs a stopped worker held, saying so', async () => {
    const { port, fail } = standInWorker();
    const job = workerStoryParser(() => port).begin();
    const result = job.finish();
    fail('the worker script did not load');
    expect((await result).problems.map(describeProblem).join('\n')).toBe(
      'The story could not be checked: the checker stopped (the browser said: “the worker script did not load”)',
    );
  });
  it('refuses a result whose story order does not fit the events that came', async () => {
    const target = new EventTarget();
    const reply = (data: unknown) => target.dispatchEvent(new MessageEvent('message', { data }));
    const port: ParseWorker = {
      addEventListener: (type, listener) => target.addEventListener(type, listener),
      postMessage(message) {
        if (typeOf(message) !== 'end') return;
        const parsed = parseStoryText(JSON.stringify(validStory()));
        if (!parsed.ok) return;
        reply({ type: 'events', id: 1, events: JSON.stringify(parsed.story.events) });
        const story = { ...parsed.story, events: [] };
        // Two events came; the order names a third.
        reply({ type: 'done', id: 1, result: { ...parsed, story }, order: Uint32Array.of(0, 2) });
      },
    };
    const result = await parseStoryTextAsync(
      '{}',
      undefined,
      workerStoryParser(() => port),
    );
    expect(result.ok).toBe(false);
    expect(result.problems.map(describeProblem).join('\n')).toContain('events out of order');
  });
});

describe('parsing on the page (no worker)', () => {
  it('gives the same result from bytes as from the text', async () => {
    const text = JSON.stringify(generateStory(30));
    const job = pageStoryParser().begin();
    const bytes = new TextEncoder().encode(text);
    job.push(bytes.slice(0, 1000));
    job.push(bytes.slice(1000));
    expect(await job.finish()).toEqual(parseStoryText(text));
  });
});
