/**
 * A person's word on a machine's guesses (drafts, imports). Accepting marks the event confirmed
 * and keeps the reasons (why it was guessed stays readable); rejecting deletes the event. An
 * event stays a guess until one of these says otherwise.
 */
import type { StoryEventInput, StoryFile } from '../story/story-schema';
import { fail, findEvent, ok, type EditResult } from './edit-result';
import { deleteEvent } from './structure-ops';

export type ReviewOp =
  | { readonly type: 'accept-guess'; readonly eventId: string }
  | { readonly type: 'reject-guess'; readonly eventId: string }
  | { readonly type: 'accept-all' };

export function reviewOps(file: StoryFile, op: ReviewOp): EditResult {
  if (op.type === 'accept-all') {
    if (!file.events.some(isGuess)) return fail('there is no guess left to accept');
    return ok({ ...file, events: file.events.map(confirm) });
  }
  const found = findEvent(file, op.eventId);
  if (!found) return fail(`there is no event "${op.eventId}"`);
  if (!isGuess(found.event)) return fail(`event "${op.eventId}" is not a guess`);
  if (op.type === 'reject-guess') return ok(deleteEvent(file, op.eventId));
  const events = [...file.events];
  events[found.index] = confirm(found.event);
  return ok({ ...file, events });
}

export function isGuess(event: StoryEventInput): boolean {
  return event.review?.status === 'guess';
}

function confirm(event: StoryEventInput): StoryEventInput {
  return event.review?.status === 'guess'
    ? { ...event, review: { ...event.review, status: 'confirmed' } }
    : event;
}
