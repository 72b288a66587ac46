/** The mini story (test/fixtures) and its first event, for browser tests that build stories on it. */
import { readFileSync } from 'node:fs';

export interface MiniStory {
  /** The story's fields, events included. */
  readonly mini: Record<string, unknown>;
  /** Its first event (Dushanbe) without its place, and the place. */
  readonly first: { readonly event: Record<string, unknown>; readonly place: object };
}

export function readMiniStory(): MiniStory {
  const mini: unknown = JSON.parse(readFileSync('test/fixtures/mini-story.json', 'utf8'));
  if (typeof mini !== 'object' || mini === null || !('events' in mini)) throw new Error('mini');
  const { events } = mini;
  if (!Array.isArray(events)) throw new Error('mini story without events');
  const first: unknown = events[0];
  if (typeof first !== 'object' || first === null || !('place' in first)) throw new Error('first');
  const { place, ...event } = first;
  if (typeof place !== 'object' || place === null) throw new Error('first event without a place');
  return { mini: { ...mini }, first: { event, place } };
}
