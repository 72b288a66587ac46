/** The mini story as an editable file, and a helper that applies ops and fails loudly. */
import { applyEdit, type EditOp } from '../../src/edit/edit-ops';
import { editableFile } from '../../src/edit/editable-file';
import type { StoryFile } from '../../src/story/story-schema';
import { miniStoryData } from '../fixtures/load-fixture';

export function miniFile(): StoryFile {
  const result = editableFile(miniStoryData());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.file;
}

/** Applies ops in turn; throws with the reason if one does not apply. */
export function edited(file: StoryFile, ...ops: EditOp[]): StoryFile {
  return ops.reduce((current, op) => {
    const result = applyEdit(current, op);
    if (!result.ok) throw new Error(`${op.type}: ${result.reason}`);
    return result.file;
  }, file);
}

export function eventOf(file: StoryFile, id: string) {
  const event = file.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

/** A mini-story file whose last two events are a machine's guesses. */
export function guessFile(): StoryFile {
  const file = miniFile();
  const review = {
    status: 'guess' as const,
    reasons: [{ field: 'time' as const, text: "'on Monday' in an article of 18 October 2021" }],
  };
  return {
    ...file,
    events: file.events.map((event, index) => (index >= 2 ? { ...event, review } : event)),
  };
}
