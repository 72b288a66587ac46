/**
 * The story-parsing worker's work, apart from the worker itself so it can be tested directly:
 * it gathers a file's bytes per job as they arrive, and at "end" parses and checks the story
 * (the verbatim-quote check included) and answers with the result, its events sent in parts.
 */
import { MAX_STORY_BYTES } from './story-limits';
import { parseStory, readStoryJson } from './parse-story';
import { parseRequestSchema } from './parse-requests';
import { EVENTS_PER_REPLY, eventsMessage, type ParseMessage } from './parse-replies';
import type { ParseResult } from './parse-story';

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
        finish(id, parseText(id, job.parts.join('')));
        return;
      }
    }
  };

  function parseText(id: number, text: string): ParseResult {
    const json = readStoryJson(text);
    if (!json.ok) return json;
    const count = eventCount(json.data);
    if (count !== undefined) post({ type: 'checking', id, events: count });
    return parseStory(json.data);
  }

  /** Sends the events in parts, then the result without them. */
  function finish(id: number, result: ParseResult): void {
    if (!result.ok) {
      post({ type: 'done', id, result });
      return;
    }
    const { events } = result.story;
    for (let start = 0; start < events.length; start += EVENTS_PER_REPLY) {
      post(eventsMessage(id, events.slice(start, start + EVENTS_PER_REPLY)));
    }
    post({ type: 'done', id, result: { ...result, story: { ...result.story, events: [] } } });
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
