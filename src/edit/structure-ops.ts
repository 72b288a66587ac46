/** Edits that add, remove, join or divide events, keeping the steps that name them consistent. */
import type { StoryEventInput, StoryFile } from '../story/story-schema';
import { fail, findEvent, ok, type EditResult } from './edit-result';

export type StructureOp =
  /** Adds a whole event (see newEventId for an id that is free). */
  | { readonly type: 'add-event'; readonly event: StoryEventInput }
  /** Deletes an event and the presentation steps that show it. */
  | { readonly type: 'delete-event'; readonly eventId: string }
  /**
   * Two events that are one: `mergeId`'s excerpts and context facts join `keepId`'s (repeats
   * once), its steps show `keepId`, and it is gone. Title, kind, time and place are `keepId`'s.
   */
  | { readonly type: 'merge-events'; readonly keepId: string; readonly mergeId: string }
  /**
   * One event that is two: the excerpts at `excerptIndexes` move to a new event (a copy of the
   * rest, with id `newId` or a free one made from the old), placed right after it in the file.
   */
  | {
      readonly type: 'split-event';
      readonly eventId: string;
      readonly excerptIndexes: readonly number[];
      readonly newId?: string;
    };

export function structureOps(file: StoryFile, op: StructureOp): EditResult {
  switch (op.type) {
    case 'add-event':
      if (findEvent(file, op.event.id)) return fail(`an event "${op.event.id}" already exists`);
      return ok({ ...file, events: [...file.events, op.event] });
    case 'delete-event':
      if (!findEvent(file, op.eventId)) return fail(`there is no event "${op.eventId}"`);
      return ok(deleteEvent(file, op.eventId));
    case 'merge-events':
      return merge(file, op.keepId, op.mergeId);
    case 'split-event':
      return split(file, op.eventId, op.excerptIndexes, op.newId);
  }
}

/** The file without the event and without the steps that show it. */
export function deleteEvent(file: StoryFile, eventId: string): StoryFile {
  const events = file.events.filter((event) => event.id !== eventId);
  if (!file.steps) return { ...file, events };
  return { ...file, events, steps: file.steps.filter((step) => step.event !== eventId) };
}

function merge(file: StoryFile, keepId: string, mergeId: string): EditResult {
  if (keepId === mergeId) return fail('an event cannot be merged with itself');
  const keep = findEvent(file, keepId);
  const gone = findEvent(file, mergeId);
  if (!keep) return fail(`there is no event "${keepId}"`);
  if (!gone) return fail(`there is no event "${mergeId}"`);
  const excerpts = [...keep.event.excerpts];
  for (const excerpt of gone.event.excerpts) {
    const known = excerpts.some(
      (have) => have.source === excerpt.source && have.quote === excerpt.quote,
    );
    if (!known) excerpts.push(excerpt);
  }
  const context = [...keep.event.context];
  for (const fact of gone.event.context) {
    if (!context.some((have) => have.text === fact.text)) context.push(fact);
  }
  const events = file.events.flatMap((event) => {
    if (event.id === mergeId) return [];
    return event.id === keepId ? [{ ...event, excerpts, context }] : [event];
  });
  if (!file.steps) return ok({ ...file, events });
  // The merged event's steps now show the kept one, but the kept one is shown only once.
  const steps = file.steps
    .map((step) => (step.event === mergeId ? { ...step, event: keepId } : step))
    .filter(
      (step, index, all) =>
        all.findIndex((other) => other.event === step.event) === index || step.event !== keepId,
    );
  return ok({ ...file, events, steps });
}

function split(
  file: StoryFile,
  eventId: string,
  indexes: readonly number[],
  newId: string | undefined,
): EditResult {
  const found = findEvent(file, eventId);
  if (!found) return fail(`there is no event "${eventId}"`);
  const { event, index } = found;
  const moving = new Set(indexes);
  if ([...moving].some((at) => !event.excerpts[at])) {
    return fail(`event "${eventId}" has no such excerpt`);
  }
  const moved = event.excerpts.filter((_, at) => moving.has(at));
  const kept = event.excerpts.filter((_, at) => !moving.has(at));
  if (moved.length === 0 || kept.length === 0) {
    return fail('a split needs excerpts on both sides: each event needs at least one');
  }
  const id = newId ?? newEventId(file, eventId);
  if (findEvent(file, id)) return fail(`an event "${id}" already exists`);
  const events = [...file.events];
  events.splice(index, 1, { ...event, excerpts: kept }, { ...event, id, excerpts: moved });
  return ok({ ...file, events });
}

/** A free event id made from a hint (a title or an old id): "talks", then "talks-2", … */
export function newEventId(file: StoryFile, hint: string): string {
  const base =
    hint
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '')
      .replace(/-\d+$/, '') || 'event';
  const used = new Set(file.events.map((event) => event.id));
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
