/**
 * Live validation: the edited file is read by the very parser that loads stories
 * (src/story/parse-story.ts), so what the editor calls valid is what every reader will show.
 * Problems carry the file's own paths ("events[2].time.end"); the UI asks for those under a field.
 */
import { parseStory } from '../story/parse-story';
import type { Problem } from '../story/problem';
import type { Story } from '../story/story';
import type { StoryFile } from '../story/story-schema';

export interface Validation {
  /** The story as a reader would see it; undefined when the file does not load at all. */
  readonly story: Story | undefined;
  readonly problems: readonly Problem[];
}

export function validateFile(file: StoryFile): Validation {
  const parsed = parseStory(file);
  return parsed.ok
    ? { story: parsed.story, problems: parsed.problems.filter((problem) => !problem.repaired) }
    : { story: undefined, problems: parsed.problems };
}

/** The problems at a path or anywhere under it: "events[2].time" holds "events[2].time.end". */
export function problemsAt(problems: readonly Problem[], path: string): Problem[] {
  return problems.filter(
    (problem) =>
      problem.path === path ||
      problem.path.startsWith(`${path}.`) ||
      problem.path.startsWith(`${path}[`),
  );
}

/** Where an event's fields are in the file: "events[3]", or undefined for an unknown id. */
export function eventPath(file: StoryFile, eventId: string): string | undefined {
  const index = file.events.findIndex((event) => event.id === eventId);
  return index < 0 ? undefined : `events[${index}]`;
}
