/** What a step says in words: for the live region, the progress buttons and the presenter view. */
import type { PresentMessages } from '../i18n/en/present';
import { englishMessages } from '../i18n/load-messages';
import type { Locale } from '../i18n/locale';
import type { StoryEvent } from '../story/story';
import { formatEventTime } from '../time/format-date';
import '../i18n/lazy/present';

/** "Step 3 of 19: Title, 18–23 October 2021": what a screen reader hears on each step. */
export function stepAnnouncement(
  index: number,
  count: number,
  event: StoryEvent,
  m: PresentMessages = englishMessages.present,
  locale: Locale = 'en',
): string {
  return m.announce(index + 1, count, event.title, formatEventTime(event.time, locale));
}

/** "3 / 19"; "– / 19" before the first step. */
export function stepCounter(
  index: number | undefined,
  count: number,
  m: PresentMessages = englishMessages.present,
): string {
  return m.counter(index === undefined ? undefined : index + 1, count);
}
