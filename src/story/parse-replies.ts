/**
 * What the story-parsing worker answers, read on the page without zod (which stays out of the
 * reader's first load). The worker is this app's own code from this origin, and what it sends is
 * the parser's own output, already checked there; checking every event again on the page would
 * put back the main-thread cost the worker removes. So the page checks the envelope (which job,
 * which kind of answer, the shapes it then relies on) and ignores anything else.
 *
 * Checked events cross as JSON text, not as objects: copying 100,000 events as objects
 * (structured clone, many small objects each) took the worker about as long as checking them,
 * and the page as long again to rebuild them; writing them as JSON and reading it back costs
 * each side about a third less, and a string crosses as one flat copy. Every value in a checked
 * event survives JSON: finite numbers (a -0 reads as 0), strings, arrays and plain objects; a
 * key whose value is undefined is left out, which reads the same.
 */
import type { ParseResult } from './parse-story';
import type { StoryEvent, StoryHead } from './story';

/** What the worker sends: as a reply, but each part of the events is their JSON text. */
export type ParseMessage =
  | Exclude<ParseReply, { readonly type: 'events' }>
  | { readonly type: 'events'; readonly id: number; readonly events: string };

export type ParseReply =
  /** The file is JSON with this many events, now being checked. */
  | { readonly type: 'checking'; readonly id: number; readonly events: number }
  /**
   * The story's title, summary and language, checked, before its events are: a big story's
   * loading page shows them while the rest is checked.
   */
  | { readonly type: 'head'; readonly id: number; readonly head: StoryHead }
  /**
   * The next checked events, in the file's order, sent as soon as they are checked: the page
   * reads them while the worker checks the rest. A big story crosses in parts, each cheap to read.
   */
  | { readonly type: 'events'; readonly id: number; readonly events: readonly StoryEvent[] }
  /**
   * The result, its story without events: they came before, in parts, in the file's order, and
   * `order` lists them in story order (by where each came among them).
   */
  | {
      readonly type: 'done';
      readonly id: number;
      readonly result: ParseResult;
      readonly order?: Uint32Array | undefined;
    }
  /** The worker could not read a request (a bug on the page): said, never guessed at. */
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/**
 * Events per `events` message: the page copies each message in one task, and 1,000 events took
 * 115 ms on a busy two-core machine and 250 up to 93 ms; 100 stay under 50 ms there.
 */
export const EVENTS_PER_REPLY = 100;

/** A part of the checked events as the worker sends it. */
export function eventsMessage(id: number, events: readonly StoryEvent[]): ParseMessage {
  return { type: 'events', id, events: JSON.stringify(events) };
}

/** The worker's message as a reply, or undefined when it is not one. */
export function readParseReply(data: unknown): ParseReply | undefined {
  if (!isParseMessage(data)) return undefined;
  if (data.type !== 'events') return data;
  const events = readEvents(data.events);
  return events && { ...data, events };
}

/** A part's events from its JSON text; undefined when the text is not a list. */
function readEvents(text: string): StoryEvent[] | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isEventList(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The worker's own checked events: their list is checked, not each event again (see above). */
function isEventList(value: unknown): value is StoryEvent[] {
  return Array.isArray(value);
}

function isParseMessage(data: unknown): data is ParseMessage {
  if (typeof data !== 'object' || data === null) return false;
  if (!('id' in data) || typeof data.id !== 'number' || !('type' in data)) return false;
  switch (data.type) {
    case 'checking':
      return 'events' in data && typeof data.events === 'number';
    case 'head':
      return 'head' in data && isHead(data.head);
    case 'events':
      return 'events' in data && typeof data.events === 'string';
    case 'done':
      return 'result' in data && isResult(data.result) && isOrder(data);
    case 'error':
      return 'message' in data && typeof data.message === 'string';
    default:
      return false;
  }
}

function isHead(head: unknown): head is StoryHead {
  if (typeof head !== 'object' || head === null) return false;
  if (!('title' in head) || !('summary' in head) || !('language' in head)) return false;
  return [head.title, head.summary, head.language].every((value) => typeof value === 'string');
}

function isOrder(data: object): boolean {
  return !('order' in data) || data.order === undefined || data.order instanceof Uint32Array;
}

function isResult(result: unknown): boolean {
  if (typeof result !== 'object' || result === null) return false;
  if (!('ok' in result) || !('problems' in result) || !Array.isArray(result.problems)) return false;
  if (result.ok === false) return true;
  if (result.ok !== true || !('story' in result)) return false;
  const { story } = result;
  return typeof story === 'object' && story !== null && 'events' in story;
}
