/** The side panel: event details, excerpts, the events list and the article reader. */
import type { Formatter } from '../format';
import type { Precision } from '../../time/event-time';

export function panels(f: Formatter) {
  return {
    selected: (title: string) => `Selected: ${title}`,
    aboutStory: 'About this story',
    selectHint: 'Select an event on the map, the timeline or the list.',
    storyLoading: 'The story is loading.',
    noEvents: 'There are no events to show.',
    closeDetails: 'Close event details',
    when: 'When',
    where: 'Where',
    howDate: 'How this date was worked out',
    howPlace: 'How this place was located',
    noPlaceYet: '(the story gives no place for this event yet)',
    /** "date known to the month"; undefined when known to the day or finer. */
    precision: (precision: Precision): string | undefined => PRECISION[precision],
    fromOtherSources: 'From other sources',
    sourcesSay: 'What the sources say',
    articleSays: 'What the article says',
    readInArticle: 'Read in the article',
    opensNewTab: ' (opens in a new tab)',
    /** Between a citation's parts: "Title, Publisher, 18 October 2021". */
    citationPart: (part: string) => `, ${part}`,
    eventsHeading: 'Events',
    inWindow: (shown: number, total: number) =>
      `${f.number(shown)} of ${f.number(total)} events in the time window · `,
    showAll: 'Show all',
    eventCount: (total: number) => f.plural(total, { one: '# event', other: '# events' }),
    noneInWindow: 'No events in this time window.',
    /** A row's description for screen readers: "18 October 2021, Kulob, Conflict". */
    rowAbout: (parts: readonly string[]) => parts.join(', '),
    showMoreArticle: 'Show more of the article',
    theArticle: 'The article',
    articleText: 'Article text',
    aboutText: 'About this text: ',
    passageMissing: 'The quoted passage could not be found in this text.',
    originalArticle: 'Original article',
  };
}

const PRECISION: Readonly<Record<Precision, string | undefined>> = {
  minute: undefined,
  day: undefined,
  hour: 'time known to the hour',
  month: 'date known to the month',
  year: 'date known to the year',
  approximate: 'approximate date',
};

export type PanelsMessages = ReturnType<typeof panels>;
