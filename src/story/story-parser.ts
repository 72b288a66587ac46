/**
 * The page's side of story parsing: a job takes a story file's bytes as they arrive (or its
 * whole text) and, at the end, gives the parse result. Jobs run in a module worker
 * (parse.worker.ts) so the page stays responsive; where no worker can start (jsdom, a page
 * opened from a file) the same parser runs on the page, imported only then.
 */
import type { ParseResult } from './parse-story';
import { readParseReply } from './parse-replies';
import { startParseWorker } from './parse-worker-start';
import type { StoryEvent, StoryHead } from './story';

/** One file being parsed. */
export interface ParseJob {
  /** The next bytes of the file; they are handed over (transferred), not copied. */
  push(bytes: Uint8Array<ArrayBuffer>): void;
  /** Text of the file (all of it, or the next part). */
  pushText(text: string): void;
  /**
   * Parses what came; `onChecking` hears how many events are being checked, and `onHead` the
   * story's title, summary and language once checked, before its events are.
   */
  finish(
    onChecking?: (events: number) => void,
    onHead?: (head: StoryHead) => void,
  ): Promise<ParseResult>;
  /** Drops the job: its bytes are let go and finish() never settles. */
  cancel(): void;
}

export interface StoryParser {
  begin(): ParseJob;
  /**
   * Gets ready before the first file arrives (starts the worker, or loads the page's parser), so
   * its code loads while the file downloads rather than after.
   */
  prepare(): void;
}

interface Pending {
  readonly events: StoryEvent[];
  onChecking: (events: number) => void;
  onHead: (head: StoryHead) => void;
  resolve?: (result: ParseResult) => void;
  /** A result that came before finish() asked (the worker refused the file early). */
  early?: ParseResult;
}

/** What the parser needs of a worker (a Worker is one; tests pass a stand-in). */
export interface ParseWorker {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message' | 'error', listener: (event: Event) => void): void;
}

/** A parser running in one module worker, started on first use and shared by every job. */
export function workerStoryParser(start: () => ParseWorker): StoryParser {
  let worker: ParseWorker | undefined;
  const pending = new Map<number, Pending>();
  let next = 1;

  const settle = (id: number, result: ParseResult): void => {
    const job = pending.get(id);
    if (!job) return;
    if (!job.resolve) {
      job.early = result;
      return;
    }
    pending.delete(id);
    // In a task of its own: what the result sets off (the store, the first render of the story)
    // is not added to the task that received the last message.
    const { resolve } = job;
    setTimeout(() => resolve(result), 0);
  };
  const failAll = (reason: string): void => {
    for (const id of [...pending.keys()]) {
      settle(id, { ok: false, problems: [{ path: '', code: 'check-stopped', reason }] });
    }
  };
  const started = (): ParseWorker => {
    if (worker) return worker;
    const made = start();
    made.addEventListener('message', (event) => {
      const reply = readParseReply('data' in event ? event.data : undefined);
      const job = reply && pending.get(reply.id);
      if (!reply || !job) return; // a cancelled job, or not a reply: ignored
      if (reply.type === 'checking') job.onChecking(reply.events);
      else if (reply.type === 'head') job.onHead(reply.head);
      else if (reply.type === 'events') job.events.push(...reply.events);
      else if (reply.type === 'error') {
        settle(reply.id, {
          ok: false,
          problems: [{ path: '', code: 'check-stopped', reason: reply.message }],
        });
      } else if (!reply.result.ok) settle(reply.id, reply.result);
      else {
        const events = inStoryOrder(job.events, reply.order);
        const story = { ...reply.result.story, events: events ?? [] };
        const stopped = { path: '', code: 'check-stopped', reason: 'events out of order' } as const;
        settle(reply.id, events ? { ...reply.result, story } : { ok: false, problems: [stopped] });
      }
    });
    made.addEventListener('error', (event) => {
      // The worker could not start or stopped: nothing it held can be finished.
      const said = 'message' in event && typeof event.message === 'string' ? event.message : '';
      failAll(said);
      worker = undefined;
    });
    worker = made;
    return made;
  };

  return {
    prepare() {
      started();
    },
    begin() {
      const id = next;
      next += 1;
      const job: Pending = { events: [], onChecking: () => undefined, onHead: () => undefined };
      pending.set(id, job);
      const target = started();
      const open = () => pending.has(id) && !job.early;
      return {
        push(bytes) {
          if (open()) target.postMessage({ type: 'chunk', id, bytes }, [bytes.buffer]);
        },
        pushText(text) {
          if (open()) target.postMessage({ type: 'text', id, text });
        },
        finish(onChecking, onHead) {
          return new Promise((resolve) => {
            if (!pending.has(id)) return; // cancelled
            if (job.early) {
              pending.delete(id);
              resolve(job.early);
              return;
            }
            job.onChecking = onChecking ?? job.onChecking;
            job.onHead = onHead ?? job.onHead;
            job.resolve = resolve;
            target.postMessage({ type: 'end', id });
          });
        },
        cancel() {
          if (!pending.delete(id)) return;
          target.postMessage({ type: 'cancel', id });
        },
      };
    },
  };
}

/**
 * The events the worker sent in the file's order, put in story order by the list it gave (the
 * place of each in what arrived); undefined when that list does not fit what arrived.
 */
function inStoryOrder(
  events: readonly StoryEvent[],
  order: Uint32Array = new Uint32Array(),
): StoryEvent[] | undefined {
  const sorted = Array.from(order, (index) => events[index]);
  const fits = sorted.length === events.length;
  return fits && sorted.every((event) => event !== undefined) ? sorted : undefined;
}

/** The parser on the page's own thread, loaded when first asked: for pages without workers. */
export function pageStoryParser(): StoryParser {
  return {
    prepare() {
      void import('./parse-story');
    },
    begin() {
      const decoder = new TextDecoder();
      let parts: string[] | undefined = [];
      return {
        push(bytes) {
          parts?.push(decoder.decode(bytes, { stream: true }));
        },
        pushText(text) {
          parts?.push(text);
        },
        async finish(onChecking, onHead) {
          const { parseStory, readStoryJson } = await import('./parse-story');
          if (!parts) return new Promise<ParseResult>(() => undefined);
          parts.push(decoder.decode());
          const json = readStoryJson(parts.join(''));
          parts = undefined;
          if (!json.ok) return json;
          if (typeof json.data === 'object' && json.data !== null && 'events' in json.data) {
            const { events } = json.data;
            if (Array.isArray(events)) onChecking?.(events.length);
          }
          return parseStory(json.data, undefined, onHead);
        },
        cancel() {
          parts = undefined;
        },
      };
    },
  };
}

let shared: StoryParser | undefined;

/** The page's parser: a worker where the page can start one, else the page's own thread. */
export function storyParser(): StoryParser {
  shared ??=
    startParseWorker && canStartWorker() ? workerStoryParser(startParseWorker) : pageStoryParser();
  return shared;
}

function canStartWorker(): boolean {
  return (
    typeof Worker === 'function' &&
    typeof location !== 'undefined' &&
    (location.protocol === 'http:' || location.protocol === 'https:')
  );
}

/** Parses a whole story file's text with the page's parser (off the page's thread if it can). */
export function parseStoryTextAsync(
  text: string,
  onChecking?: (events: number) => void,
  parser: StoryParser = storyParser(),
): Promise<ParseResult> {
  const job = parser.begin();
  job.pushText(text);
  return job.finish(onChecking);
}
