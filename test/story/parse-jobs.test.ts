/**
 * The story-parsing worker's side of the protocol (src/story/parse-jobs.ts), driven directly:
 * requests are read through the schema, bytes are gathered per job, the result crosses in parts,
 * and a cancelled or oversized job sends nothing more.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateStory } from '../../scripts/generate-story.mjs';
import { createParseJobs } from '../../src/story/parse-jobs';
import {
  EVENTS_PER_REPLY,
  readParseReply,
  type ParseMessage,
  type ParseReply,
} from '../../src/story/parse-replies';
import { parseStoryText } from '../../src/story/parse-story';
import { MAX_STORY_BYTES } from '../../src/story/story-limits';
import { validEvent, validStory } from './story-builders';

/** The worker's messages as sent, and as the page reads them. */
function worker() {
  const sent: ParseMessage[] = [];
  const replies: ParseReply[] = [];
  const handle = createParseJobs((message) => {
    sent.push(message);
    const reply = readParseReply(message);
    if (reply) replies.push(reply);
  });
  return { sent, replies, handle };
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** The events the replies carried, put in the story order the result gives. */
function inStoryOrder(replies: readonly ParseReply[]) {
  const arrived = replies.flatMap((reply) => (reply.type === 'events' ? reply.events : []));
  const done = replies.at(-1);
  const order = done?.type === 'done' ? (done.order ?? []) : [];
  return Array.from(order, (index) => arrived[index]);
}

describe('the parse worker', () => {
  it('parses a file sent in chunks split inside a multi-byte character', () => {
    const text = JSON.stringify(validStory({ title: 'Душанбе — Kabul' }));
    const bytes = bytesOf(text);
    const cut = bytes.indexOf(0xd0) + 1; // between the two bytes of "Д"
    const { replies, handle } = worker();
    handle({ type: 'chunk', id: 1, bytes: bytes.slice(0, cut) });
    handle({ type: 'chunk', id: 1, bytes: bytes.slice(cut) });
    handle({ type: 'end', id: 1 });
    const done = replies.at(-1);
    expect(done?.type === 'done' && done.result.ok && done.result.story.title).toBe(
      'Душанбе — Kabul',
    );
  });

  it('says how many events it is checking before it answers', () => {
    const { replies, handle } = worker();
    const story = validStory({ events: [validEvent({ id: 'a' }), validEvent({ id: 'b' })] });
    handle({ type: 'text', id: 4, text: JSON.stringify(story) });
    handle({ type: 'end', id: 4 });
    expect(replies[0]).toEqual({ type: 'checking', id: 4, events: 2 });
  });

  it('sends the story’s title, summary and language once checked, before any event', () => {
    const text = JSON.stringify(generateStory(EVENTS_PER_REPLY + 5));
    const { replies, handle } = worker();
    handle({ type: 'text', id: 6, text });
    handle({ type: 'end', id: 6 });
    expect(replies.map((reply) => reply.type).slice(0, 3)).toEqual(['checking', 'head', 'events']);
    const whole = parseStoryText(text);
    if (!whole.ok) throw new Error('the generated story does not parse');
    const { title, summary, language } = whole.story;
    expect(title).toMatch(/^Generated story/);
    expect(replies[1]).toEqual({ type: 'head', id: 6, head: { title, summary, language } });
  });

  it('sends no head for a story whose title or sources fail the check', () => {
    for (const story of [validStory({ title: '' }), validStory({ sources: [] })]) {
      const { replies, handle } = worker();
      handle({ type: 'text', id: 7, text: JSON.stringify(story) });
      handle({ type: 'end', id: 7 });
      expect(replies.map((reply) => reply.type)).not.toContain('head');
      const done = replies.at(-1);
      expect(done?.type === 'done' && done.result.ok).toBe(false);
    }
  });

  it('ignores a head whose fields are not text', () => {
    const head = { title: 'Drills', summary: 'On the border.', language: 'en' };
    expect(readParseReply({ type: 'head', id: 1, head })).toEqual({ type: 'head', id: 1, head });
    for (const bad of [{ ...head, title: 3 }, { title: 'Drills' }, 'Drills', null]) {
      expect(readParseReply({ type: 'head', id: 1, head: bad })).toBeUndefined();
    }
  });

  it('sends the events in parts, then the result without them', () => {
    const text = JSON.stringify(generateStory(EVENTS_PER_REPLY * 2 + 5));
    const { replies, handle } = worker();
    handle({ type: 'text', id: 2, text });
    handle({ type: 'end', id: 2 });
    const parts = replies.flatMap((reply) => (reply.type === 'events' ? [reply.events] : []));
    expect(parts.map((part) => part.length)).toEqual([EVENTS_PER_REPLY, EVENTS_PER_REPLY, 5]);
    const done = replies.at(-1);
    expect(done?.type === 'done' && done.result.ok && done.result.story.events).toEqual([]);
    const whole = parseStoryText(text);
    expect(whole.ok && whole.story.events).toEqual(inStoryOrder(replies));
  });

  it('sends each part as its events are checked, in the file’s order, before sorting them', () => {
    const story = generateStory(EVENTS_PER_REPLY * 2);
    const { replies, handle } = worker();
    handle({ type: 'text', id: 13, text: JSON.stringify(story) });
    handle({ type: 'end', id: 13 });
    const first = replies.find((reply) => reply.type === 'events');
    const ids = Array.from({ length: EVENTS_PER_REPLY }, (_, index) => `e${index + 1}`);
    expect(first?.type === 'events' && first.events.map((event) => event.id)).toEqual(ids);
    const whole = parseStoryText(JSON.stringify(story));
    expect(whole.ok && whole.story.events.slice(0, 3).map((event) => event.id)).not.toEqual(
      ids.slice(0, 3),
    );
  });

  it('sends each part of the events as JSON text, which the page reads back as they were', () => {
    const text = JSON.stringify(generateStory(EVENTS_PER_REPLY + 5));
    const { sent, replies, handle } = worker();
    handle({ type: 'text', id: 11, text });
    handle({ type: 'end', id: 11 });
    const wire = sent.flatMap((message) => (message.type === 'events' ? [message.events] : []));
    expect(wire.map((part) => typeof part)).toEqual(['string', 'string']);
    const whole = parseStoryText(text);
    expect(inStoryOrder(replies)).toEqual(whole.ok && whole.story.events);
  });

  it('brings every shape of event back as it was checked: lines, areas, context, a review', () => {
    const shipped: unknown = JSON.parse(readFileSync('public/stories/csto-2021.json', 'utf8'));
    if (typeof shipped !== 'object' || shipped === null || !('events' in shipped)) throw shipped;
    const events: unknown[] = Array.isArray(shipped.events) ? shipped.events : [];
    const first: unknown = events[0];
    const review = { status: 'guess', reasons: [{ field: 'place', text: 'From a name.' }] };
    const guessed = { ...(typeof first === 'object' ? first : {}), id: 'guessed', review };
    const text = JSON.stringify({ ...shipped, events: [...events, guessed] });
    const { replies, handle } = worker();
    handle({ type: 'text', id: 12, text });
    handle({ type: 'end', id: 12 });
    const whole = parseStoryText(text);
    expect(whole.ok && whole.story.events.length).toBe(20);
    expect(inStoryOrder(replies)).toEqual(whole.ok && whole.story.events);
  });

  it('reports a file that is not JSON with the parser’s own message', () => {
    const { replies, handle } = worker();
    handle({ type: 'text', id: 3, text: '{"format": 2,' });
    handle({ type: 'end', id: 3 });
    expect(replies).toEqual([{ type: 'done', id: 3, result: parseStoryText('{"format": 2,') }]);
  });

  it('keeps problems with their paths, and the events that are fine', () => {
    const story = validStory({ events: [validEvent(), validEvent({ id: 'Bad id' })] });
    const { replies, handle } = worker();
    handle({ type: 'text', id: 5, text: JSON.stringify(story) });
    handle({ type: 'end', id: 5 });
    const done = replies.at(-1);
    expect(done?.type === 'done' && done.result.problems.map((p) => p.path)).toEqual([
      'events[1].id',
    ]);
  });

  it('drops a cancelled job: its end parses nothing that was sent before', () => {
    const { replies, handle } = worker();
    handle({ type: 'text', id: 6, text: JSON.stringify(validStory()) });
    handle({ type: 'cancel', id: 6 });
    handle({ type: 'end', id: 6 });
    const done = replies.at(-1);
    expect(done?.type === 'done' && done.result.ok).toBe(false);
    expect(replies.some((reply) => reply.type === 'checking')).toBe(false);
  });

  it('keeps jobs apart', () => {
    const { replies, handle } = worker();
    handle({ type: 'text', id: 7, text: JSON.stringify(validStory({ title: 'Seven' })) });
    handle({ type: 'text', id: 8, text: '{' });
    handle({ type: 'end', id: 7 });
    const done = replies.find((reply) => reply.type === 'done');
    expect(done?.id === 7 && done.type === 'done' && done.result.ok).toBe(true);
  });

  it('refuses a job past the size limit and keeps none of it', () => {
    const { replies, handle } = worker();
    const mb = new Uint8Array(1024 * 1024).fill(0x20);
    for (let sent = 0; sent <= MAX_STORY_BYTES; sent += mb.byteLength) {
      handle({ type: 'chunk', id: 9, bytes: mb });
    }
    expect(replies).toEqual([
      {
        type: 'done',
        id: 9,
        result: {
          ok: false,
          problems: [{ path: '', code: 'story-too-large', megabytes: 30 }],
        },
      },
    ]);
  });

  it('answers a message that is not a request with an error, and runs nothing', () => {
    const { replies, handle } = worker();
    handle({ type: 'eval', id: 10, code: 'globalThis.ran = true' });
    handle('end');
    expect(replies.map((reply) => [reply.type, reply.id])).toEqual([
      ['error', 10],
      ['error', -1],
    ]);
    expect('ran' in globalThis).toBe(false);
  });
});
