/** What an edit gives back, and the lookups every op file shares. */
import type { StepInput, StoryEventInput, StoryFile } from '../story/story-schema';

export type EditResult =
  { readonly ok: true; readonly file: StoryFile } | { readonly ok: false; readonly reason: string };

export function ok(file: StoryFile): EditResult {
  return { ok: true, file };
}

export function fail(reason: string): EditResult {
  return { ok: false, reason };
}

/** The file's event with that id and its index, or undefined. */
export function findEvent(
  file: StoryFile,
  eventId: string,
): { event: StoryEventInput; index: number } | undefined {
  const index = file.events.findIndex((event) => event.id === eventId);
  const event = file.events[index];
  return event ? { event, index } : undefined;
}

/**
 * The steps as written, or, when the file writes none, the steps a reader sees (one per event in
 * file order), so the first step edit starts from what the presentation showed.
 */
export function stepsOf(file: StoryFile): StepInput[] {
  return file.steps ? [...file.steps] : file.events.map((event) => ({ event: event.id }));
}
