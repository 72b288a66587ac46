/**
 * CSV text as rows of named cells, read by papaparse (quotes, embedded commas and line breaks,
 * separators other than commas). Column names are matched without case or surrounding spaces.
 * Row numbers are the spreadsheet's: the header is row 1, the first data row is row 2.
 */
import Papa from 'papaparse';
import type { CsvErrorCode, NoteReason } from './import-notes';

export interface CsvRow {
  /** The row's number as a spreadsheet shows it. */
  readonly number: number;
  /** Cells by lowercased, trimmed column name. */
  readonly cells: Readonly<Record<string, string>>;
}

export interface CsvTable {
  /** Column names as written, in order. */
  readonly columns: readonly string[];
  readonly rows: readonly CsvRow[];
  /** Rows the parser could not read cleanly, as notes with their row number. */
  readonly problems: readonly Extract<NoteReason, { code: 'csv-row' }>[];
}

/** Reads CSV text (comma, semicolon or tab separated). */
export function readCsv(text: string): CsvTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const [header = [], ...body] = parsed.data;
  const columns = header.map((name) => name.trim());
  const keys = columns.map((name) => name.toLowerCase());
  const problems = parsed.errors.map((error) => ({
    code: 'csv-row' as const,
    row: (error.row ?? 0) + 1,
    error: csvErrorCode(error.code),
  }));
  const rows = body.map((cells, index) => {
    // No prototype: a column named "__proto__" or "constructor" is just a column.
    const named: Record<string, string> = Object.create(null);
    keys.forEach((key, column) => {
      if (key !== '' && !(key in named)) named[key] = (cells[column] ?? '').trim();
    });
    return { number: index + 2, cells: named };
  });
  return { columns, rows, problems };
}

const CSV_ERRORS: readonly CsvErrorCode[] = [
  'MissingQuotes',
  'UndetectableDelimiter',
  'TooFewFields',
  'TooManyFields',
  'InvalidQuotes',
];

/** papaparse's code, kept only if it is one the catalogue words (its messages are English). */
function csvErrorCode(code: string): CsvErrorCode {
  return CSV_ERRORS.find((known) => known === code) ?? 'other';
}
