/**
 * Finds time expressions and resolves them against the publication date with honest precision.
 * chrono-node finds the dates it knows; the rules in date-rules.ts add what it misses, the year
 * of a month or the week of a weekday follows the tense of the sentence, and "the next day"
 * counts from the date before it (earlier-dates.ts).
 */
import * as chrono from 'chrono-node';
import { addDays, dayValue, longDay, monthValue, weekday, type Day } from './calendar';
import { ruleMentions, yearForMonth, type RuleContext } from './date-rules';
import { countFromEarlier } from './earlier-dates';
import type { TimeMention } from './mentions';
import type { Sentence } from './sentences';
import { tenseAt, type Tense } from './tense';

type Components = chrono.ParsedResult['start'];

const RELATIVE_WORDS =
  /\b(?:today|tonight|yesterday|tomorrow|ago|last|next|this|earlier|later|now)\b/i;
// chrono reads these as dates, but in news text they rarely are.
const NOT_DATES = /^(?:now|the fall|a second|second|sat|sun|the past|present|currently)$/i;
const LOWER_MONTH_WORDS = /^(?:may|march|mar)$/;
// "strengthened in just 12 hours", "was rebuilt in two years": how long, not when. chrono reads
// them as that long after the article's date; only "will resume in two weeks" is a date.
const HOW_LONG =
  /^(?:in|within)\s+(?:just\s+|only\s+|under\s+|less\s+than\s+|about\s+)?\S+\s+(hour|minute|second|day|week|month|year)s?$/i;

// "a day after Taiwan's president returned": a day after an event, not after the article's date
// (chrono counted it from whatever date it was given, even the stand-in for none).
const AFTER_AN_EVENT = /^\S+\s+(?:day|week|month|year)s?\s+(?:after|before)$/i;

function howLong(text: string, at: number, ctx: RuleContext): boolean {
  const unit = HOW_LONG.exec(text)?.[1]?.toLowerCase();
  if (!unit) return false;
  if (unit === 'hour' || unit === 'minute' || unit === 'second') return true;
  const sentence = ctx.sentenceAt(at);
  return tenseAt(sentence.text, at - sentence.start) !== 'future';
}

function weekdayReading(
  c: Components,
  anchor: Day,
  tense: Tense,
): { day: Day; other: Day } | undefined {
  const wanted = c.get('weekday');
  if (wanted === null || c.isCertain('day')) return undefined;
  const diff = (wanted - weekday(anchor) + 7) % 7;
  const ahead = addDays(anchor, diff);
  const behind = addDays(anchor, diff === 0 ? 0 : diff - 7);
  const nextOne = diff === 0 ? addDays(anchor, 7) : ahead;
  if (tense === 'future') return { day: ahead, other: diff === 0 ? addDays(anchor, -7) : behind };
  if (tense === 'past') return { day: behind, other: diff === 0 ? addDays(anchor, -7) : nextOne };
  return diff <= 3 ? { day: ahead, other: behind } : { day: behind, other: ahead };
}

function componentsValue(
  c: Components,
  ctx: RuleContext,
  at: number,
  text: string,
): (Omit<TimeMention, 'start' | 'end' | 'text' | 'reason'> & { reason?: string }) | undefined {
  const anchor = ctx.anchor;
  const certainYear = c.isCertain('year');
  const relative = !certainYear || RELATIVE_WORDS.test(text);
  const base = { relative, duration: false, alternatives: [] };
  const hasTime = c.isCertain('hour');
  if (!relative) {
    const year = c.get('year') ?? 0;
    const month = c.get('month') ?? 1;
    if (c.isCertain('day')) {
      const value = dayValue({ year, month, day: c.get('day') ?? 1 });
      return { ...base, value, startDate: value, precision: hasTime ? 'minute' : 'day' };
    }
    if (c.isCertain('month'))
      return {
        ...base,
        value: monthValue(year, month),
        startDate: monthValue(year, month),
        precision: 'month',
      };
    return { ...base, value: String(year), startDate: String(year), precision: 'year' };
  }
  if (!anchor) return undefined;
  const sentence = ctx.sentenceAt(at);
  const tense = tenseAt(sentence.text, at - sentence.start);
  const week = weekdayReading(c, anchor, tense);
  if (week) {
    const value = dayValue(week.day);
    return {
      ...base,
      value,
      startDate: value,
      precision: hasTime ? 'minute' : 'day',
      alternatives: [dayValue(week.other)],
      reason: `'${text}' in ${tense === 'unknown' ? 'a sentence' : `a ${tense}-tense sentence`} of an article of ${longDay(anchor)}`,
    };
  }
  if (c.isCertain('month') && !certainYear) {
    const month = c.get('month') ?? 1;
    const modifier = /\blast\b/i.test(text) ? 'last' : /\bnext\b/i.test(text) ? 'next' : undefined;
    const pick = yearForMonth(month, anchor, tense, modifier);
    if (c.isCertain('day')) {
      const value = dayValue({ year: pick.year, month, day: c.get('day') ?? 1 });
      return {
        ...base,
        value,
        startDate: value,
        precision: hasTime ? 'minute' : 'day',
        alternatives: [dayValue({ year: pick.other, month, day: c.get('day') ?? 1 })],
        reason: `'${text}' without a year, in a ${tense === 'unknown' ? '' : `${tense}-tense `}sentence of an article of ${longDay(anchor)}`,
      };
    }
    const value = monthValue(pick.year, month);
    return {
      ...base,
      value,
      startDate: value,
      precision: 'month',
      alternatives: [monthValue(pick.other, month)],
      reason: `'${text}' in ${tense === 'past' ? 'a past-tense sentence (the one before)' : tense === 'future' ? 'a future-tense sentence (the one ahead)' : 'a sentence (the nearest)'} of an article of ${longDay(anchor)}`,
    };
  }
  // today, yesterday, "16:08 UTC", "two days ago": chrono counted from the anchor already.
  const day = {
    year: c.get('year') ?? anchor.year,
    month: c.get('month') ?? anchor.month,
    day: c.get('day') ?? anchor.day,
  };
  const value = dayValue(day);
  return {
    ...base,
    value,
    startDate: value,
    precision: hasTime ? 'minute' : 'day',
    reason: `'${text}' counted from ${longDay(anchor)}`,
  };
}

function fromChrono(
  result: chrono.ParsedResult,
  ctx: RuleContext,
  /** Read from the stand-in for an unknown publication date: no date at all. */
  standInOnly: boolean,
): TimeMention | undefined {
  const unled = result.text.replace(/^on\s+/i, '');
  const text = unled.replace(/[\s,;:.]+$/, '');
  const start = result.index + (result.text.length - unled.length);
  const span = { start, end: start + text.length, text };
  if (
    NOT_DATES.test(text.trim()) ||
    LOWER_MONTH_WORDS.test(text.trim()) ||
    /^\d{1,4}$/.test(text.trim()) ||
    AFTER_AN_EVENT.test(text.trim()) ||
    howLong(text.trim(), start, ctx)
  )
    return undefined;
  const reading = standInOnly ? undefined : componentsValue(result.start, ctx, start, text);
  if (!reading) {
    return {
      ...span,
      precision: 'approximate',
      relative: true,
      duration: false,
      reason: `'${text}' counts from the publication date, which is unknown`,
      alternatives: [],
    };
  }
  let endDate: string | undefined;
  if (result.end) endDate = componentsValue(result.end, ctx, start, text)?.startDate;
  const reason =
    reading.reason ?? (reading.relative ? `'${text}'` : `'${text}': a date written out`);
  return {
    ...span,
    ...reading,
    ...(endDate && endDate !== reading.startDate ? { endDate } : {}),
    reason,
  };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Every time expression in `text`, in order; without an anchor, relative ones come back unresolved. */
export function findTimes(
  text: string,
  sentences: readonly Sentence[],
  anchor?: Day,
): TimeMention[] {
  // Binary search: long articles have thousands of sentences and expressions.
  const sentenceAt = (offset: number): { start: number; text: string } => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid];
      if (!s) break;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return { start: 0, text: '' };
  };
  const ctx: RuleContext = anchor ? { text, anchor, sentenceAt } : { text, sentenceAt };
  const found = ruleMentions(ctx).sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: TimeMention[] = [];
  for (const m of found) if (!kept.some((k) => overlaps(k, m))) kept.push(m);
  const ref = anchor
    ? new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day, 12))
    : new Date(Date.UTC(2000, 0, 1, 12));
  // Without the article's date, chrono-node counts from a stand-in: what it reads differently
  // from another stand-in ("by the end of the month", "five days after") counts from the
  // unknown date, whatever chrono-node says of its certainty.
  const moved = new Set<string>();
  if (!anchor)
    for (const r of chrono.parse(text, {
      instant: new Date(Date.UTC(2001, 6, 15, 12)),
      timezone: 0,
    }))
      moved.add(`${r.index}|${r.text}|${r.start.date().toISOString()}`);
  for (const result of chrono.parse(text, { instant: ref, timezone: 0 })) {
    const key = `${result.index}|${result.text}|${result.start.date().toISOString()}`;
    const mention = fromChrono(result, ctx, !anchor && !moved.has(key));
    if (!mention) continue;
    const clash = kept.findIndex((k) => overlaps(k, mention));
    if (clash < 0) kept.push(mention);
    else {
      const other = kept[clash];
      // A chrono date that contains a bare year ("October 18, 2021") is the better reading.
      if (
        other &&
        !other.duration &&
        mention.end - mention.start > other.end - other.start &&
        other.precision === 'year'
      )
        kept[clash] = mention;
    }
  }
  return countFromEarlier(kept, text).map((m) => sinceSpan(m, text, anchor));
}

/**
 * "killed 45 people since June 26": a span from the date to the article's, at the date's own
 * unit ("since 1992" runs to the article's year), not the one day it names.
 */
function sinceSpan(m: TimeMention, text: string, anchor: Day | undefined): TimeMention {
  if (!anchor || !m.startDate || m.endDate || m.duration) return m;
  if (
    !/\bsince\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$/i.test(
      text.slice(Math.max(0, m.start - 20), m.start),
    )
  )
    return m;
  const end = dayValue(anchor).slice(0, m.startDate.length);
  if (end <= m.startDate) return m;
  return {
    ...m,
    endDate: end,
    reason: `${m.reason}; after 'since': a span from it to the article's date (${longDay(anchor)})`,
  };
}
