/**
 * The article's own date line: pasted news keeps its header ("September 17, 2008", "Published
 * 18 Oct 2021, 10:32 GMT", "By Jane Doe | Oct. 18, 2021") above the body, or its first
 * paragraph opens with a wire dateline ("PESHAWAR, Pakistan, Aug. 17, 2025 (AP) — "), and it
 * says when the article was written, which every "on Tuesday" counts from. Only a whole day with
 * its year is read; a wire dateline without a year ("MOSCOW, Oct 18 (Reuters)") and numeric
 * dates, whose day/month order is unknown, are left alone rather than guessed.
 */
import { dayValue, MONTH_PATTERN, monthNumber, parseDay, type Day } from './calendar';
import { wireDatelineDay } from './wire-dateline';

export interface DateLine {
  /** YYYY-MM-DD. */
  readonly day: string;
  /** The date as written, verbatim. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Said to be when it was updated, not published: used only when nothing says published. */
  readonly updated: boolean;
}

/** The header is the lines before the body: a date line further down is a date in the story. */
const HEADER_LINES = 8;
const LONGEST_HEADER_LINE = 160;

const LEAD =
  /^(?:(first\s+)?published|posted|(last\s+)?(updated|modified)|date)(?:\s+on)?\s*:?\s*/i;
const WEEKDAY =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+/i;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DATE_FORMS = [
  { pattern: new RegExp(`^(${MONTH_PATTERN})\\s+${DAY},?\\s+(\\d{4})`, 'i'), order: 'mdy' },
  { pattern: new RegExp(`^${DAY}\\s+(${MONTH_PATTERN}),?\\s+(\\d{4})`, 'i'), order: 'dmy' },
  { pattern: /^(\d{4})-(\d{2})-(\d{2})/, order: 'iso' },
] as const;
/** What may follow the date on its line: a time of day ("10:32", "4 pm") and its zone, or nothing. */
const AFTER_DATE =
  /^\s*(?:(?:,|at|[-–—|·•])?\s*\d{1,2}(?:[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?)?|\s*[aApP]\.?[mM]\.?)(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?)?\s*$/;
/** A time of day written before the date: "Updated 3:45 PM EST, Sat December 5, 2026". */
const TIME_FIRST = /^\d{1,2}[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?)?(?:\s*[A-Z]{2,5})?,?\s+/;
/** Parts of a header line: "By Jane Doe | 18 October 2021 | 10:32". */
const SEPARATOR = /\s[|·•/]\s|\s[–—]\s/g;

/** The article's date line, if its header has one (a "published" date before an "updated" one). */
export function readDateLine(text: string): DateLine | undefined {
  const found: DateLine[] = [];
  let offset = 0;
  let seen = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim() === '') continue;
    // The body's first paragraph, a long line, may open with a wire dateline.
    const wire = wireDatelineDay(line);
    const wireDay = wire && readPart(wire.text);
    if (wire && wireDay) {
      const start = lineStart + wire.start + wireDay.offset;
      const end = start + wireDay.text.length;
      found.push({ day: wireDay.day, text: wireDay.text, start, end, updated: false });
    }
    if (line.length > LONGEST_HEADER_LINE || seen >= HEADER_LINES) break;
    seen += 1;
    for (const part of parts(line)) {
      const read = readPart(part.text);
      if (read)
        found.push({
          day: read.day,
          text: read.text,
          start: lineStart + part.start + read.offset,
          end: lineStart + part.start + read.offset + read.text.length,
          updated: read.updated,
        });
    }
  }
  return found.find((line) => !line.updated) ?? found[0];
}

function parts(line: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const match of line.matchAll(SEPARATOR)) {
    out.push({ text: line.slice(start, match.index), start });
    start = match.index + match[0].length;
  }
  out.push({ text: line.slice(start), start });
  return out;
}

interface ReadPart {
  readonly day: string;
  readonly text: string;
  /** Where the date starts in the part. */
  readonly offset: number;
  readonly updated: boolean;
}

function readPart(part: string): ReadPart | undefined {
  const leading = part.length - part.trimStart().length;
  let rest = part.trimStart();
  let offset = leading;
  const lead = LEAD.exec(rest);
  const updated = lead?.[3] !== undefined;
  if (lead) [rest, offset] = [rest.slice(lead[0].length), offset + lead[0].length];
  const time = TIME_FIRST.exec(rest);
  if (time) [rest, offset] = [rest.slice(time[0].length), offset + time[0].length];
  const weekday = WEEKDAY.exec(rest);
  if (weekday) [rest, offset] = [rest.slice(weekday[0].length), offset + weekday[0].length];
  for (const form of DATE_FORMS) {
    const match = form.pattern.exec(rest);
    if (!match || !AFTER_DATE.test(rest.slice(match[0].length))) continue;
    const day = dayOf(form.order, match);
    if (day) return { day: dayValue(day), text: match[0], offset, updated };
  }
  return undefined;
}

function dayOf(order: 'mdy' | 'dmy' | 'iso', match: RegExpExecArray): Day | undefined {
  const [, a = '', b = '', c = ''] = match;
  const [month, day, year] =
    order === 'iso'
      ? [Number(b), Number(c), Number(a)]
      : order === 'mdy'
        ? [monthNumber(a), Number(b), Number(c)]
        : [monthNumber(b), Number(a), Number(c)];
  if (month === undefined) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return parseDay(`${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`);
}
