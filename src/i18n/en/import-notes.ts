/**
 * What an import of another tool's file dropped or guessed, in words: the importers note it as
 * codes with values (src/import/import-notes.ts) and each language writes it here, with where in
 * the file ("rows 3, 5 and 9"). The file's own words (column names, cells) are quoted as given.
 */
import type { Formatter } from '../format';
import type { FieldRole } from '../../import/import-file';
import type {
  CsvErrorCode,
  DateUnit,
  ImportNote,
  LeftOutReason,
  NoteReason,
  PartName,
} from '../../import/import-notes';

/** How many numbers of parts a note lists before it says only how many there are. */
export const LISTED_PARTS = 8;

const PARTS: Readonly<Record<PartName, { one: string; other: string }>> = {
  event: { one: 'event', other: 'events' },
  slide: { one: 'slide', other: 'slides' },
  row: { one: 'row', other: 'rows' },
  feature: { one: 'feature', other: 'features' },
};

const ROLES: Readonly<Record<FieldRole, string>> = {
  time: 'time',
  end: 'end',
  title: 'title',
  text: 'text',
  latitude: 'latitude',
  longitude: 'longitude',
  place: 'place',
};

const UNITS: Readonly<Record<DateUnit, string>> = {
  year: 'year',
  month: 'month',
  day: 'day',
  hour: 'hour',
  minute: 'minute',
};

const CSV_ERRORS: Readonly<Record<CsvErrorCode, string>> = {
  MissingQuotes: 'a quoted cell is not closed',
  UndetectableDelimiter: 'the separator could not be told; a comma was assumed',
  TooFewFields: 'fewer cells than columns',
  TooManyFields: 'more cells than columns',
  InvalidQuotes: 'a quote in a quoted cell is not doubled',
  other: 'not read cleanly',
};

const TOOLS = { timeline: 'TimelineJS', storymap: 'StoryMapJS' } as const;

export function importNotes(f: Formatter) {
  const n = f.number;
  // Years and values as written, without grouping ("9999", not "9,999").
  const plain = (value: number) =>
    new Intl.NumberFormat(f.locale, { useGrouping: false }).format(value);
  const two = (value: number) => String(value).padStart(2, '0');

  const leftOut = (why: LeftOutReason): string => {
    switch (why.code) {
      case 'part-not-number':
        return `the ${UNITS[why.unit]} "${why.value}" is not a number`;
      case 'no-year':
        return 'no year';
      case 'year-range':
        return `a year outside ${plain(why.first)} to ${plain(why.last)} (BCE years cannot be shown)`;
      case 'month-range':
        return `the month ${n(why.month)} is not 1 to 12`;
      case 'no-such-day':
        return `${plain(why.year)}-${two(why.month)} has no day ${n(why.day)}`;
      case 'hour-range':
        return `the hour ${n(why.hour)} is not 0 to 23`;
      case 'minute-range':
        return `the minute ${n(why.minute)} is not 0 to 59`;
      case 'no-time':
        return 'no time';
      case 'no-date':
        return 'no date';
      case 'yearless':
        return `a date without a year ("${why.text}")`;
      case 'yearless-no-earlier':
        return `a date without a year ("${why.text}") and no earlier year to go by`;
      case 'unreadable-time':
        return `a time that does not read ("${why.text}")`;
      case 'unreadable-date':
        return `a date that does not read ("${why.text}")`;
      case 'not-epoch':
        return `the number ${plain(why.value)} is not a time in epoch milliseconds`;
      case 'acled-no-date':
        return 'no event_date';
      case 'acled-date-unreadable':
        return `event_date "${why.value}" does not read as a date`;
      case 'acled-date-not-day':
        return `event_date "${why.value}" is not a day`;
      case 'acled-time-precision':
        return `time_precision "${why.value}" is not 1, 2 or 3`;
      case 'no-start-date':
        return 'no start date';
      case 'no-words':
        return 'no headline and no text';
      case 'not-feature':
        return 'not a GeoJSON Feature';
      case 'not-slide':
        return why.key === ''
          ? `not a ${TOOLS[why.tool]} slide`
          : `not a ${TOOLS[why.tool]} slide: its "${why.key}" is not of the right kind`;
    }
  };

  const reason = (said: NoteReason): string => {
    switch (said.code) {
      case 'left-out':
        return `left out: ${leftOut(said.why)}`;
      case 'csv-row':
        return `CSV: row ${n(said.row)}: ${CSV_ERRORS[said.error]}`;
      case 'guessed-column':
        return `the ${ROLES[said.role]} is the column "${said.name}" (a guess)`;
      case 'guessed-property':
        return `the ${ROLES[said.role]} is the property "${said.name}" (a guess)`;
      case 'no-coordinate-columns':
        return 'no latitude and longitude columns: events kept without places';
      case 'no-coordinates':
        return 'no readable latitude/longitude: kept without a place';
      case 'end-misfit':
        return 'an end that does not fit the start: left out';
      case 'end-left-out':
        return `end date left out: ${leftOut(said.why)}`;
      case 'units-differ':
        return `start and end given to different units: both shown to the ${UNITS[said.unit]}`;
      case 'end-before-start':
        return 'end date before the start date: end left out';
      case 'bad-clock':
        return 'a time that does not read as HH:MM: the day is kept';
      case 'eras':
        return `${f.plural(said.count, { one: '# era', other: '# eras' })} left out: Dateline has no eras`;
      case 'media':
        return 'media not carried over (images, video, embeds)';
      case 'no-headline':
        return 'no headline: the title is the start of the text';
      case 'year-guessed':
        return 'date without a year: the year of an earlier slide or the slide’s own text';
      case 'no-location':
        return 'no location: kept without a place (timeline and list only)';
      case 'off-earth':
        return 'a location off the Earth: kept without a place';
      case 'no-place-name':
        return 'no place name: named by its coordinates';
      case 'epoch-times':
        return 'times in epoch milliseconds: shown to the minute, in UTC';
      case 'no-geometry':
        return 'no geometry: kept without a place';
      case 'bad-geometry':
        return 'a geometry that is not GeoJSON: kept without a place';
      case 'geometry-unsupported':
        return `a ${said.type} geometry that is not on the Earth or not supported: kept without a place`;
      case 'third-coordinate':
        return 'third coordinate (depth or height) dropped';
      case 'acled-columns':
        return 'actors, fatalities and the other ACLED columns are not carried over';
      case 'acled-no-notes':
        return 'no notes: the excerpt is the event type and location';
      case 'acled-geo-precision':
        return `geo_precision "${said.value}" is not 1, 2 or 3: taken as 3 (a region)`;
    }
  };

  const where = (part: PartName, numbers: readonly number[]): string => {
    const { one, other } = PARTS[part];
    if (numbers.length === 1) return `${one} ${n(numbers[0] ?? 0)}`;
    const listed = numbers.slice(0, LISTED_PARTS).map(n);
    if (numbers.length > LISTED_PARTS)
      return `${n(numbers.length)} ${other}: ${listed.join(', ')}…`;
    return `${other} ${listed.slice(0, -1).join(', ')} and ${listed[listed.length - 1]}`;
  };

  return {
    /** What was dropped or guessed, without where. */
    reason,
    /** One line of the import's notes: the reason, then where in the file. */
    note: (note: ImportNote): string =>
      note.part && note.numbers.length > 0
        ? `${reason(note.reason)} (${where(note.part, note.numbers)})`
        : reason(note.reason),
  };
}

export type ImportNotesMessages = ReturnType<typeof importNotes>;
