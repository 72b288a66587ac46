/**
 * What an import dropped or guessed, said as data: a stable code and its values, no words, like a
 * refusal (import-words.ts) or a story's problem. The interface's catalogue (src/i18n/<lang>/
 * import-notes.ts) writes each note in the reader's language. Words the file itself holds (a
 * column's name, a cell as written) are values, quoted as given.
 */
import type { FieldRole } from './import-file';

/** How a file's parts are counted: by the words its own editor uses. */
export type PartName = 'event' | 'slide' | 'row' | 'feature';

/** A unit of a date as TimelineJS gives it in parts. */
export type DateUnit = 'year' | 'month' | 'day' | 'hour' | 'minute';

/** Why a date written in parts (TimelineJS's year, month, day…) cannot be read. */
export type PartsProblem =
  | { readonly code: 'part-not-number'; readonly unit: DateUnit; readonly value: string }
  | { readonly code: 'no-year' }
  | { readonly code: 'year-range'; readonly first: number; readonly last: number }
  | { readonly code: 'month-range'; readonly month: number }
  | {
      readonly code: 'no-such-day';
      readonly year: number;
      readonly month: number;
      readonly day: number;
    }
  | { readonly code: 'hour-range'; readonly hour: number }
  | { readonly code: 'minute-range'; readonly minute: number };

/** Why a date or time held in one value (a cell, a property, a free-text date) cannot be read. */
export type ValueProblem =
  | { readonly code: 'no-time' }
  | { readonly code: 'no-date' }
  | { readonly code: 'yearless'; readonly text: string }
  | { readonly code: 'yearless-no-earlier'; readonly text: string }
  | { readonly code: 'unreadable-time'; readonly text: string }
  | { readonly code: 'unreadable-date'; readonly text: string }
  | { readonly code: 'not-epoch'; readonly value: number };

/** Why ACLED's date columns cannot be read. */
export type AcledTimeProblem =
  | { readonly code: 'acled-no-date' }
  | { readonly code: 'acled-date-unreadable'; readonly value: string }
  | { readonly code: 'acled-date-not-day'; readonly value: string }
  | { readonly code: 'acled-time-precision'; readonly value: string };

/** Why a part of the file (a slide, a row, a feature) was left out. */
export type LeftOutReason =
  | PartsProblem
  | ValueProblem
  | AcledTimeProblem
  | { readonly code: 'no-start-date' }
  | { readonly code: 'no-words' }
  | { readonly code: 'not-feature' }
  /** Not a slide of the tool's shape; `key` is where the slide first goes wrong ("" for all of it). */
  | { readonly code: 'not-slide'; readonly tool: 'timeline' | 'storymap'; readonly key: string };

/** papaparse's codes for a row it could not read cleanly. */
export type CsvErrorCode =
  | 'MissingQuotes'
  | 'UndetectableDelimiter'
  | 'TooFewFields'
  | 'TooManyFields'
  | 'InvalidQuotes'
  | 'other';

/** One thing an import noted, without where. */
export type NoteReason =
  | { readonly code: 'left-out'; readonly why: LeftOutReason }
  | { readonly code: 'csv-row'; readonly row: number; readonly error: CsvErrorCode }
  | { readonly code: 'guessed-column'; readonly role: FieldRole; readonly name: string }
  | { readonly code: 'guessed-property'; readonly role: FieldRole; readonly name: string }
  | { readonly code: 'no-coordinate-columns' }
  | { readonly code: 'no-coordinates' }
  | { readonly code: 'end-misfit' }
  | { readonly code: 'end-left-out'; readonly why: PartsProblem }
  | { readonly code: 'units-differ'; readonly unit: DateUnit }
  | { readonly code: 'end-before-start' }
  | { readonly code: 'bad-clock' }
  | { readonly code: 'eras'; readonly count: number }
  | { readonly code: 'media' }
  | { readonly code: 'no-headline' }
  | { readonly code: 'year-guessed' }
  | { readonly code: 'no-location' }
  | { readonly code: 'off-earth' }
  | { readonly code: 'no-place-name' }
  | { readonly code: 'epoch-times' }
  | { readonly code: 'no-geometry' }
  | { readonly code: 'bad-geometry' }
  | { readonly code: 'geometry-unsupported'; readonly type: string }
  | { readonly code: 'third-coordinate' }
  | { readonly code: 'acled-columns' }
  | { readonly code: 'acled-no-notes' }
  | { readonly code: 'acled-geo-precision'; readonly value: string };

/** A note and the numbered parts of the file it applies to (1-based, as a person counts). */
export interface ImportNote {
  readonly reason: NoteReason;
  /** Absent for a note about the whole file. */
  readonly part?: PartName;
  readonly numbers: readonly number[];
}
