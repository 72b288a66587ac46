/**
 * A time held in one value, as data files write it: epoch milliseconds (USGS), ISO 8601 text
 * with or without a time of day and zone, or a free-text date. Written at the precision the
 * value carries: seconds are dropped (format 2 stops at minutes), nothing finer is invented.
 */
import { readFreeDate } from './free-text-date';
import type { GuessReason, ImportedTime } from './imported-story';
import type { ValueProblem } from './import-notes';

const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

// Epoch milliseconds from 1973 to 2286: a bare number this size is a time, not a year or a count.
const MIN_EPOCH_MS = 1e11;
const MAX_EPOCH_MS = 1e13;

export type TimeValue =
  | { readonly time: ImportedTime; readonly guess?: GuessReason }
  | { readonly problem: ValueProblem };

/** Reads one value as a time. */
export function readTimeValue(value: unknown): TimeValue {
  if (typeof value === 'number') return fromNumber(value);
  if (typeof value !== 'string') return { problem: { code: 'no-time' } };
  const text = value.trim();
  if (text === '') return { problem: { code: 'no-time' } };
  if (/^\d{12,13}$/.test(text)) return fromNumber(Number(text));
  const match = ISO_DATE_TIME.exec(text);
  if (match) return fromIso(match, text);
  const free = readFreeDate(text);
  if (free.kind === 'date')
    return free.guess ? { time: free.time, guess: free.guess } : { time: free.time };
  if (free.kind === 'yearless') return { problem: { code: 'yearless', text } };
  return { problem: { code: 'unreadable-time', text } };
}

/** True when a value reads as a time: how fields are told apart. */
export function looksLikeTime(value: unknown): boolean {
  if (typeof value === 'number') return value >= MIN_EPOCH_MS && value < MAX_EPOCH_MS;
  if (typeof value !== 'string' || !/\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{4}/.test(value)) return false;
  return !('problem' in readTimeValue(value));
}

function fromNumber(ms: number): TimeValue {
  if (!Number.isFinite(ms) || ms < MIN_EPOCH_MS || ms >= MAX_EPOCH_MS) {
    return { problem: { code: 'not-epoch', value: ms } };
  }
  return { time: { start: new Date(ms).toISOString().slice(0, 16) + 'Z', precision: 'minute' } };
}

function fromIso(match: RegExpExecArray, text: string): TimeValue {
  const [, date = '', hour = '', minute = '', zone] = match;
  if (Number(hour) > 23 || Number(minute) > 59 || !validDay(date)) {
    return { problem: { code: 'unreadable-time', text } };
  }
  const written = zone === undefined ? '' : zone.toUpperCase() === 'Z' ? 'Z' : withColon(zone);
  return { time: { start: `${date}T${hour}:${minute}${written}`, precision: 'minute' } };
}

function withColon(zone: string): string {
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

function validDay(date: string): boolean {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return (
    year >= 100 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
  );
}
