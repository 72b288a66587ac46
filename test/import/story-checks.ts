/**
 * Checks an imported story with the loader itself: every problem parseStory finds, and any
 * event it had to leave out, is a failure of the import.
 */
import { parseStory } from '../../src/story/parse-story';
import { describeProblem } from '../fixtures/describe-problem';

/** The imported story object, as tests read it. */
export interface StoryObject {
  format: number;
  id: string;
  title: string;
  summary: string;
  language: string;
  kinds: { id: string; label: string }[];
  sources: {
    id: string;
    title: string;
    publisher: string;
    url?: string;
    note?: string;
    text: string;
  }[];
  events: EventObject[];
}

export interface EventObject {
  id: string;
  title: string;
  kind: string;
  time: { start: string; end?: string; precision: string; note?: string };
  place?: {
    name: string;
    geometry: { type: string; coordinates: unknown };
    uncertaintyKm: number;
    note?: string;
  };
  excerpts: { source: string; quote: string }[];
  review?: { status: string; reasons: { field: string; text: string }[] };
}

/** What the loader says is wrong with the story (nothing, for a good import). */
export function storyProblems(story: StoryObject): string[] {
  const parsed = parseStory(story);
  if (!parsed.ok) return parsed.problems.map(describeProblem);
  const problems = parsed.problems.map(describeProblem);
  if (parsed.story.events.length !== story.events.length) {
    problems.push(`the loader kept ${parsed.story.events.length} of ${story.events.length} events`);
  }
  return problems;
}
