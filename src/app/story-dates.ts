/** The dates a story covers, said as honestly as its events are dated. */
import type { Locale } from '../i18n/locale';
import type { StoryEvent } from '../story/story';
import { formatDateRange } from '../time/format-date';
import { dayOf } from '../time/partial-date';

/**
 * From the first event's start to the latest end, written at each end's own precision:
 * "March – 23 October 2021" never becomes "1 March", a day nobody claimed. Times of day are left
 * out: the story's span is said in days.
 */
export function storyDateRange(
  events: readonly StoryEvent[],
  locale: Locale = 'en',
): string | undefined {
  const first = events[0];
  if (!first) return undefined;
  const last = events.reduce((latest, event) =>
    event.time.end > latest.time.end ? event : latest,
  );
  return formatDateRange(
    dayOf(first.time.startDate),
    dayOf(last.time.endDate ?? last.time.startDate),
    locale,
  );
}
