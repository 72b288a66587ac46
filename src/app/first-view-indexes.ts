/**
 * A big story's indexes, built in slices before its first render: the time-window index (the
 * Events list and every window count) and the timeline's marks. Built inside that render they
 * made one task of 0.25 s on a quiet machine and over a second on a busy one; in slices the page
 * can paint and answer input between them. Both are cached per story, so the render then finds
 * them built.
 */
import { BIG_STORY_EVENTS } from '../story/big-story';
import type { ParseResult } from '../story/parse-story';
import { windowIndexSteps } from '../story/window-index';
import { buildInSlices, yieldToPage } from '../story/work-in-slices';
import { storyMarksSteps } from '../timeline/event-layout';

/** Resolves once a big story's indexes are built (at once for a small story or a failure). */
export async function buildFirstViewIndexes(result: ParseResult): Promise<void> {
  if (!result.ok || result.story.events.length < BIG_STORY_EVENTS) return;
  const { story } = result;
  // Each build starts in a task of its own, after whatever the page queued meanwhile.
  await yieldToPage();
  await buildInSlices(windowIndexSteps(story.events));
  await yieldToPage();
  await buildInSlices(storyMarksSteps(story));
  // And the first render in a task of its own, not after the last slice.
  await yieldToPage();
}
