/** What a step says in words: for the live region, the progress buttons and the presenter view. */
import type { StoryEvent } from '../story/story';
import { formatEventTime } from '../time/format-date';

/** "Step 3 of 19: Title, 18–23 October 2021": what a screen reader hears on each step. */
export function stepAnnouncement(index: number, count: number, event: StoryEvent): string {
  return `Step ${index + 1} of ${count}: ${event.title}, ${formatEventTime(event.time)}`;
}

/** "3 / 19"; "– / 19" before the first step. */
export function stepCounter(index: number | undefined, count: number): string {
  return `${index === undefined ? '–' : index + 1} / ${count}`;
}
