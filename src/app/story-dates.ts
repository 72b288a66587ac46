/** The dates a story covers, said as honestly as its events are dated. */
import type { StoryEvent } from '../story/story';
import { formatDateRange } from '../time/format-date';

/**
 * From the first event's start to the latest end, written at each end's own precision:
 * "March – 23 October 2021" never becomes "1 March", a day nobody claimed.
 */
export function storyDateRange(events: readonly StoryEvent[]): string | undefined {
  const first = events[0];
  if (!first) return undefined;
  const last = events.reduce((latest, event) =>
    event.time.end > latest.time.end ? event : latest,
  );
  return formatDateRange(first.time.startDate, last.time.endDate ?? last.time.startDate);
}
