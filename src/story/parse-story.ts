/**
 * The story boundary: untrusted JSON in, a typed Story plus a list of problems out.
 * Bad events are left out and reported; the rest of the story still shows.
 * Never mutates its input.
 */
import { resolveTime, precisionMatchesDates } from '../time/event-time';
import { endOf, parseDateText, parsePartialDate, startOf } from '../time/partial-date';
import { problemsFromIssues, type Problem } from './problem';
import { parseKinds, parseMapSettings } from './parse-story-settings';
import { closeRings } from './close-rings';
import { sortInStoryOrder } from './event-order';
import { quoteFinder, type QuoteFinder } from './quote-index';
import { readPlainEvent } from './plain-event';
import {
  FORMAT_VERSION,
  eventSchema,
  sourceSchema,
  stepSchema,
  storyEnvelopeSchema,
  type Source,
  type StoryEventInput,
} from './story-schema';
import type { Step, Story, StoryEvent, StoryHead } from './story';

export type ParseResult =
  | { readonly ok: true; readonly story: Story; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Parses a story file's text. */
export function parseStoryText(text: string): ParseResult {
  const json = readStoryJson(text);
  return json.ok ? parseStory(json.data) : json;
}

/** A story file's text as a JSON value, or the problem that says why it is not JSON. */
export function readStoryJson(
  text: string,
):
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly problems: Problem[] } {
  try {
    const data: unknown = JSON.parse(text);
    return { ok: true, data };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: '', code: 'not-json', reason }],
    };
  }
}

/**
 * Parses an already-decoded JSON value into a story. `onChecked` hears each event that passes,
 * in the file's order, as soon as it is checked (before the events are sorted into the story);
 * `onHead` hears the story's title, summary and language once they and its sources have passed,
 * before any event is checked.
 */
export function parseStory(
  data: unknown,
  onChecked?: (event: StoryEvent) => void,
  onHead?: (head: StoryHead) => void,
): ParseResult {
  const newer = newerFormat(data);
  if (newer !== undefined) {
    return { ok: false, problems: [{ path: 'format', code: 'newer-format', format: newer }] };
  }
  const envelope = storyEnvelopeSchema.safeParse(data);
  if (!envelope.success) {
    return { ok: false, problems: problemsFromIssues(envelope.error.issues) };
  }
  const problems: Problem[] = [];
  const sources = parseSources(envelope.data.sources, problems);
  if (sources.length === 0) {
    return {
      ok: false,
      problems: [...problems, { path: 'sources', code: 'no-valid-source' }],
    };
  }
  const { title, summary, language } = envelope.data;
  onHead?.({ title, summary, language });
  const kinds = parseKinds(envelope.data.kinds, problems);
  const map = parseMapSettings(envelope.data.map, problems);
  const events = parseEvents(envelope.data.events, sources, problems, onChecked);
  const steps = parseSteps(envelope.data.steps, events, problems);
  const { $schema: _schema, format: _format, ...meta } = envelope.data;
  const story: Story = {
    id: meta.id,
    title: meta.title,
    summary: meta.summary,
    language: meta.language,
    sources,
    kinds,
    ...(map ? { map } : {}),
    events,
    steps,
    span: spanOf(events),
  };
  return { ok: true, story, problems };
}

/** A whole-number format above the newest known one: said alone, since nothing else can be judged. */
function newerFormat(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null || !('format' in data)) return undefined;
  const { format } = data;
  return typeof format === 'number' && Number.isInteger(format) && format > FORMAT_VERSION
    ? format
    : undefined;
}

function parseSources(raw: readonly unknown[], problems: Problem[]): Source[] {
  const sources: Source[] = [];
  raw.forEach((item, index) => {
    const parsed = sourceSchema.safeParse(item);
    if (!parsed.success) {
      problems.push(...problemsFromIssues(parsed.error.issues, ['sources', index]));
    } else if (sources.some((source) => source.id === parsed.data.id)) {
      problems.push({ path: `sources[${index}].id`, code: 'repeated-id', id: parsed.data.id });
    } else {
      sources.push(parsed.data);
    }
  });
  return sources;
}

function parseEvents(
  raw: readonly unknown[],
  sources: readonly Source[],
  problems: Problem[],
  onChecked?: (event: StoryEvent) => void,
) {
  const events: StoryEvent[] = [];
  const seen = new Set<string>();
  // Each source's text is indexed once for all the quotes that cite it.
  const finders = new Map(sources.map((source) => [source.id, quoteFinder(source.text)]));
  raw.forEach((item, index) => {
    // The common event is read without the schema; anything else, and every problem, by it.
    const plain = readPlainEvent(item);
    const parsed = plain ? { success: true as const, data: plain } : eventSchema.safeParse(item);
    if (!parsed.success) {
      problems.push(...problemsFromIssues(parsed.error.issues, ['events', index]));
      return;
    }
    const checked = checkEvent(parsed.data, `events[${index}]`, finders, seen);
    if ('problems' in checked) problems.push(...checked.problems);
    else {
      seen.add(checked.event.id);
      events.push(checked.event);
      onChecked?.(checked.event);
      problems.push(...checked.notes);
    }
  });
  return sortInStoryOrder(events);
}

/** The invariants a schema cannot express: unique ids, ordered dates, verbatim quotes. */
function checkEvent(
  input: StoryEventInput,
  at: string,
  finders: ReadonlyMap<string, QuoteFinder>,
  seen: ReadonlySet<string>,
): { event: StoryEvent; notes: Problem[] } | { problems: Problem[] } {
  const problems: Problem[] = [];
  if (seen.has(input.id)) problems.push({ path: `${at}.id`, code: 'repeated-id', id: input.id });
  const time = resolveTime(input.time);
  if (!time) problems.push({ path: `${at}.time`, code: 'date-unparsed' });
  else if (input.time.end !== undefined && startOfText(input.time.end) < time.start) {
    problems.push({ path: `${at}.time.end`, code: 'end-before-start' });
  }
  if (!precisionMatchesDates(input.time)) {
    problems.push({
      path: `${at}.time.precision`,
      code: 'precision-mismatch',
      precision: input.time.precision,
    });
  }
  input.excerpts.forEach((excerpt, index) => {
    const contains = finders.get(excerpt.source);
    if (!contains) {
      problems.push({
        path: `${at}.excerpts[${index}].source`,
        code: 'unknown-source',
        source: excerpt.source,
      });
    } else if (!contains(excerpt.quote)) {
      problems.push({
        path: `${at}.excerpts[${index}].quote`,
        code: 'not-verbatim',
        source: excerpt.source,
      });
    }
  });
  if (problems.length > 0 || !time) return { problems };
  const timed = { ...input, time: { ...time, note: input.time.note } };
  if (!input.place) return { event: timed, notes: [] };
  const place = closeRings(input.place.geometry, `${at}.place.geometry`);
  return {
    event: { ...timed, place: { ...input.place, geometry: place.geometry } },
    notes: place.notes,
  };
}

function startOfText(text: string): number {
  const date = parseDateText(text);
  return date ? startOf(date) : Number.NaN;
}

function parseSteps(
  raw: readonly unknown[] | undefined,
  events: readonly StoryEvent[],
  problems: Problem[],
): Step[] {
  if (raw === undefined) return events.map((event) => ({ event: event.id }));
  const ids = new Set(events.map((event) => event.id));
  const steps: Step[] = [];
  raw.forEach((item, index) => {
    const parsed = stepSchema.safeParse(item);
    if (!parsed.success) {
      problems.push(...problemsFromIssues(parsed.error.issues, ['steps', index]));
      return;
    }
    const { event, notes, camera, from, to } = parsed.data;
    if (!ids.has(event)) {
      problems.push({ path: `steps[${index}].event`, code: 'unknown-event', event });
      return;
    }
    const fromDate = from === undefined ? undefined : parsePartialDate(from);
    const toDate = to === undefined ? undefined : parsePartialDate(to);
    const window = fromDate && toDate ? { from: startOf(fromDate), to: endOf(toDate) } : undefined;
    if (window && window.from >= window.to) {
      // An inverted window would show nothing; the step still shows its event.
      problems.push({
        path: `steps[${index}].from`,
        code: 'step-inverted',
        to: `steps[${index}].to`,
      });
      steps.push({ event, notes, camera });
      return;
    }
    steps.push({ event, notes, camera, window });
  });
  return steps;
}

function spanOf(events: readonly StoryEvent[]) {
  if (events.length === 0) {
    const now = Date.UTC(2021, 0, 1);
    return { from: now, to: now + 86_400_000 };
  }
  const from = events[0]?.time.start ?? 0;
  const to = events.reduce((latest, event) => Math.max(latest, event.time.end), from);
  return { from, to };
}
