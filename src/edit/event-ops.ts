/** Edits to one event's fields: title, kind, time, place, excerpts and context facts. */
import { quoteFinder } from '../story/quote-index';
import type { Citation, Geometry, StoryEventInput, StoryFile } from '../story/story-schema';
import type { Precision } from '../time/event-time';
import { fail, findEvent, ok, type EditResult } from './edit-result';

/** An event's time as the file writes it. */
export interface EditTime {
  readonly start: string;
  readonly end?: string | undefined;
  readonly precision: Precision;
  readonly note?: string | undefined;
}

/** An event's place as the file writes it. */
export interface EditPlace {
  readonly name: string;
  readonly country?: string | undefined;
  readonly geometry: Geometry;
  readonly uncertaintyKm: number;
  readonly note?: string | undefined;
}

export type EventOp =
  | { readonly type: 'set-event-title'; readonly eventId: string; readonly title: string }
  | { readonly type: 'set-event-kind'; readonly eventId: string; readonly kind: string }
  | { readonly type: 'set-event-time'; readonly eventId: string; readonly time: EditTime }
  /** `place: undefined` takes the event off the map (it stays on the timeline and in lists). */
  | { readonly type: 'set-place'; readonly eventId: string; readonly place: EditPlace | undefined }
  /** The map's radius handle: only the uncertainty changes. */
  | { readonly type: 'set-uncertainty'; readonly eventId: string; readonly km: number }
  | {
      readonly type: 'add-excerpt';
      readonly eventId: string;
      readonly source: string;
      readonly quote: string;
    }
  | { readonly type: 'remove-excerpt'; readonly eventId: string; readonly index: number }
  | {
      readonly type: 'add-context';
      readonly eventId: string;
      readonly text: string;
      readonly source: Citation;
    }
  | {
      readonly type: 'set-context';
      readonly eventId: string;
      readonly index: number;
      readonly text: string;
      readonly source: Citation;
    }
  | { readonly type: 'remove-context'; readonly eventId: string; readonly index: number };

/** Applies an op to the event it names. */
export function eventOps(file: StoryFile, op: EventOp): EditResult {
  const found = findEvent(file, op.eventId);
  if (!found) return fail(`there is no event "${op.eventId}"`);
  const next = changeEvent(file, found.event, op);
  if (typeof next === 'string') return fail(next);
  const events = [...file.events];
  events[found.index] = next;
  return ok({ ...file, events });
}

/** The changed event, or why the op cannot apply. */
function changeEvent(
  file: StoryFile,
  event: StoryEventInput,
  op: EventOp,
): StoryEventInput | string {
  switch (op.type) {
    case 'set-event-title':
      return { ...event, title: op.title };
    case 'set-event-kind':
      return { ...event, kind: op.kind };
    case 'set-event-time':
      return { ...event, time: cleanTime(op.time) };
    case 'set-place': {
      const { place: _place, ...rest } = event;
      return op.place ? { ...rest, place: cleanPlace(op.place) } : rest;
    }
    case 'set-uncertainty':
      if (!event.place) return `event "${event.id}" has no place`;
      return { ...event, place: { ...event.place, uncertaintyKm: op.km } };
    case 'add-excerpt':
      return addExcerpt(file, event, op.source, op.quote);
    case 'remove-excerpt': {
      if (!event.excerpts[op.index]) return `event "${event.id}" has no excerpt ${op.index + 1}`;
      if (event.excerpts.length === 1) return 'an event needs at least one excerpt';
      return { ...event, excerpts: event.excerpts.filter((_, index) => index !== op.index) };
    }
    case 'add-context':
      return { ...event, context: [...event.context, { text: op.text, source: op.source }] };
    case 'set-context': {
      if (!event.context[op.index])
        return `event "${event.id}" has no context fact ${op.index + 1}`;
      const context = [...event.context];
      context[op.index] = { text: op.text, source: op.source };
      return { ...event, context };
    }
    case 'remove-context':
      if (!event.context[op.index])
        return `event "${event.id}" has no context fact ${op.index + 1}`;
      return { ...event, context: event.context.filter((_, index) => index !== op.index) };
  }
}

/**
 * Only a verbatim piece of a source can become a quote: the same check the loader makes
 * (src/story/quote-index.ts), so what the editor accepts always loads.
 */
function addExcerpt(
  file: StoryFile,
  event: StoryEventInput,
  sourceId: string,
  quote: string,
): StoryEventInput | string {
  const source = file.sources.find((candidate) => candidate.id === sourceId);
  if (!source) return `there is no source "${sourceId}"`;
  if (quote.trim() === '') return 'the selection is empty';
  if (!quoteFinder(source.text)(quote)) {
    return `the text is not verbatim: it does not occur in the text of source "${sourceId}"`;
  }
  if (event.excerpts.some((excerpt) => excerpt.source === sourceId && excerpt.quote === quote)) {
    return 'the event already quotes this';
  }
  return { ...event, excerpts: [...event.excerpts, { source: sourceId, quote }] };
}

/** Leaves out empty optional keys, so the file stays as a person would write it. */
function cleanTime(time: EditTime): StoryEventInput['time'] {
  return {
    start: time.start,
    ...(time.end !== undefined && time.end !== '' ? { end: time.end } : {}),
    precision: time.precision,
    ...(time.note !== undefined && time.note !== '' ? { note: time.note } : {}),
  };
}

function cleanPlace(place: EditPlace): NonNullable<StoryEventInput['place']> {
  return {
    name: place.name,
    ...(place.country !== undefined && place.country !== '' ? { country: place.country } : {}),
    geometry: place.geometry,
    uncertaintyKm: place.uncertaintyKm,
    ...(place.note !== undefined && place.note !== '' ? { note: place.note } : {}),
  };
}
