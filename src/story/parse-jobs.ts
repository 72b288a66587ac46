/**
 * The story-parsing worker's work, apart from the worker itself so it can be tested directly:
 * it gathers a file's bytes per job as they arrive, and at "end" parses and checks the story
 * (the verbatim-quote check included), sending its title and summary as soon as they are checked,
 * then its events in parts as they are checked, then the result with their story order.
 */
import { MAX_STORY_BYTES } from './story-limits';
import { parseStory, readStoryJson } from './parse-story';
import { parseRequestSchema } from './parse-requests';
import { EVENTS_PER_REPLY, eventsMessage, type ParseMessage } from './parse-replies';
import type { ParseResult } from './parse-story';
import type { StoryEvent } from './story';

interface Job {
  readonly decoder: TextDecoder;
  readonly parts: string[];
  bytes: number;
}

/** A handler for the worker's messages; `post` sends a reply to the page. */
export function createParseJobs(post: (reply: ParseMessage) => void): (message: unknown) => void {
  const jobs = new Map<number, Job>();
  const jobFor = (id: number): Job => {
    let job = jobs.get(id);
    if (!job) {
      job = { decoder: new TextDecoder(), parts: [], bytes: 0 };
      jobs.set(id, job);
    }
    return job;
  };

  return (message) => {
    const request = parseRequestSchema.safeParse(message);
    if (!request.success) {
      const id = readId(message);
      post({
        type: 'error',
        id,
        message: `not a parse request: ${request.error.issues[0]?.message ?? ''}`,
      });
      return;
    }
    const { id } = request.data;
    switch (request.data.type) {
      case 'cancel':
        jobs.delete(id);
        return;
      case 'chunk': {
        const job = jobFor(id);
        job.bytes += request.data.bytes.byteLength;
        // The page stops reading past the limit; a page that did not still gets no further.
        if (job.bytes > MAX_STORY_BYTES) {
          jobs.delete(id);
          finish(id, tooLarge());
          return;
        }
        job.parts.push(job.decoder.decode(request.data.bytes, { stream: true }));
        return;
      }
      case 'text':
        jobFor(id).parts.push(request.data.text);
        return;
      case 'end': {
        const job = jobFor(id);
        jobs.delete(id);
        job.parts.push(job.decoder.decode());
        check(id, job.parts.join(''));
        return;
      }
    }
  };

  /**
   * Parses and checks a file's text. Its events go to the page in parts as soon as they are
   * checked, in the file's order, so the page reads them while the rest are checked (two cores
   * at work, not one after the other); the result then says their story order.
   */
  function check(id: number, text: string): void {
    const json = readStoryJson(text);
    if (!json.ok) {
      finish(id, json);
      return;
    }
    const count = eventCount(json.data);
    if (count !== undefined) post({ type: 'checking', id, events: count });
    const arrived = new Map<StoryEvent, number>();
    let part: StoryEvent[] = [];
    const result = parseStory(
      json.data,
      (event) => {
        arrived.set(event, arrived.size);
        part.push(event);
        if (part.length < EVENTS_PER_REPLY) return;
        post(eventsMessage(id, part));
        part = [];
      },
      (head) => post({ type: 'head', id, head }),
    );
    if (part.length > 0) post(eventsMessage(id, part));
    if (!result.ok) {
      finish(id, result);
      return;
    }
    const order = Uint32Array.from(result.story.events, (event) => arrived.get(event) ?? 0);
    const story = { ...result.story, events: [] };
    post({ type: 'done', id, result: { ...result, story }, order });
  }

  function finish(id: number, result: ParseResult): void {
    post({ type: 'done', id, result });
  }
}

function tooLarge(): ParseResult {
  const mb = MAX_STORY_BYTES / 1024 / 1024;
  return { ok: false, problems: [{ path: '', code: 'story-too-large', megabytes: mb }] };
}

function eventCount(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null || !('events' in data)) return undefined;
  return Array.isArray(data.events) ? data.events.length : undefined;
}

function readId(message: unknown): number {
  if (typeof message !== 'object' || message === null || !('id' in message)) return -1;
  return typeof message.id === 'number' ? message.id : -1;
}
