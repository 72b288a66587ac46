/**
 * Every code an import can note has words in English, Russian and Persian. The samples below are
 * keyed by code, so a new code fails the type check here until it has a sample (and the
 * catalogue's switch fails it until every language words it).
 */
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../src/i18n/load-messages';
import { englishMessages } from '../fixtures/every-area';
import type { Locale } from '../../src/i18n/locale';
import type { LeftOutReason, NoteReason } from '../../src/import/import-notes';

type ByCode<U extends { code: string }> = { readonly [C in U['code']]: Extract<U, { code: C }> };

const LEFT_OUT: ByCode<LeftOutReason> = {
  'part-not-number': { code: 'part-not-number', unit: 'year', value: 'soon' },
  'no-year': { code: 'no-year' },
  'year-range': { code: 'year-range', first: 100, last: 9999 },
  'month-range': { code: 'month-range', month: 13 },
  'no-such-day': { code: 'no-such-day', year: 2021, month: 2, day: 30 },
  'hour-range': { code: 'hour-range', hour: 25 },
  'minute-range': { code: 'minute-range', minute: 61 },
  'no-time': { code: 'no-time' },
  'no-date': { code: 'no-date' },
  yearless: { code: 'yearless', text: 'Aug 23' },
  'yearless-no-earlier': { code: 'yearless-no-earlier', text: 'Aug 23' },
  'unreadable-time': { code: 'unreadable-time', text: 'soon' },
  'unreadable-date': { code: 'unreadable-date', text: 'someday' },
  'not-epoch': { code: 'not-epoch', value: 12 },
  'acled-no-date': { code: 'acled-no-date' },
  'acled-date-unreadable': { code: 'acled-date-unreadable', value: 'soon' },
  'acled-date-not-day': { code: 'acled-date-not-day', value: '2023' },
  'acled-time-precision': { code: 'acled-time-precision', value: '7' },
  'no-start-date': { code: 'no-start-date' },
  'no-words': { code: 'no-words' },
  'not-feature': { code: 'not-feature' },
  'not-slide': { code: 'not-slide', tool: 'storymap', key: 'location.lat' },
};

const NOTES: ByCode<NoteReason> = {
  'left-out': { code: 'left-out', why: LEFT_OUT['no-date'] },
  'csv-row': { code: 'csv-row', row: 3, error: 'MissingQuotes' },
  'guessed-column': { code: 'guessed-column', role: 'time', name: 'when' },
  'guessed-property': { code: 'guessed-property', role: 'title', name: 'label' },
  'no-coordinate-columns': { code: 'no-coordinate-columns' },
  'no-coordinates': { code: 'no-coordinates' },
  'end-misfit': { code: 'end-misfit' },
  'end-left-out': { code: 'end-left-out', why: LEFT_OUT['month-range'] },
  'units-differ': { code: 'units-differ', unit: 'month' },
  'end-before-start': { code: 'end-before-start' },
  'bad-clock': { code: 'bad-clock' },
  eras: { code: 'eras', count: 3 },
  media: { code: 'media' },
  'no-headline': { code: 'no-headline' },
  'year-guessed': { code: 'year-guessed' },
  'no-location': { code: 'no-location' },
  'off-earth': { code: 'off-earth' },
  'no-place-name': { code: 'no-place-name' },
  'epoch-times': { code: 'epoch-times' },
  'no-geometry': { code: 'no-geometry' },
  'bad-geometry': { code: 'bad-geometry' },
  'geometry-unsupported': { code: 'geometry-unsupported', type: 'GeometryCollection' },
  'third-coordinate': { code: 'third-coordinate' },
  'acled-columns': { code: 'acled-columns' },
  'acled-no-notes': { code: 'acled-no-notes' },
  'acled-geo-precision': { code: 'acled-geo-precision', value: '9' },
};

/** Every reason, each left-out reason once inside "left out". */
const REASONS: NoteReason[] = [
  ...Object.values(NOTES),
  ...Object.values(LEFT_OUT).map((why): NoteReason => ({ code: 'left-out', why })),
];

/** The file's own words in the samples, names of tools and formats, and column names. */
const SAME_EVERYWHERE =
  /soon|someday|Aug 23|when|label|GeometryCollection|location\.lat|TimelineJS|StoryMapJS|GeoJSON|Feature|ACLED|CSV|UTC|Dateline|HH:MM|event_date|time_precision|geo_precision|notes/g;

describe.each<Locale>(['ru', 'fa'])('import notes in %s', (locale) => {
  it('word every code with no English left', async () => {
    const { importNotes } = await loadMessages(locale);
    const left = REASONS.map((reason) => importNotes.reason(reason))
      .map((line) => line.replace(SAME_EVERYWHERE, ''))
      .filter((line) => /[A-Za-z]{3}/.test(line));
    expect(left).toEqual([]);
  });

  it('say where in the file, in the language’s own numbers and words', async () => {
    const { importNotes } = await loadMessages(locale);
    const line = importNotes.note({
      reason: { code: 'media' },
      part: 'slide',
      numbers: [3, 5, 9],
    });
    const english = englishMessages.importNotes.note({
      reason: { code: 'media' },
      part: 'slide',
      numbers: [3, 5, 9],
    });
    expect(line).not.toBe(english);
    expect(line).not.toMatch(/slides/);
  });
});

describe('import notes in English', () => {
  it('word every code, so the scan above can fail', () => {
    const lines = REASONS.map((reason) => englishMessages.importNotes.reason(reason));
    const english = lines
      .map((line) => line.replace(SAME_EVERYWHERE, ''))
      .filter((line) => /[A-Za-z]{3}/.test(line));
    expect(english).toHaveLength(REASONS.length);
  });

  it('list up to eight places and then only count them', () => {
    const note = (numbers: number[]) =>
      englishMessages.importNotes.note({ reason: { code: 'media' }, part: 'row', numbers });
    expect(note([4])).toBe('media not carried over (images, video, embeds) (row 4)');
    expect(note([3, 5, 9])).toBe(
      'media not carried over (images, video, embeds) (rows 3, 5 and 9)',
    );
    expect(note([1, 2, 3, 4, 5, 6, 7, 8, 9])).toBe(
      'media not carried over (images, video, embeds) (9 rows: 1, 2, 3, 4, 5, 6, 7, 8…)',
    );
  });
});
