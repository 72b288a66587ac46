/**
 * Time expressions chrono-node does not read the way a news desk does: two months
 * ("in August and September"), approximate months ("mid-October"), this/last/next week, month
 * or year, bare years ("in 2001") and lengths of time ("after 20 years of war").
 */
import {
  addDays,
  dayValue,
  longDay,
  MONTH_PATTERN,
  monthNumber,
  monthValue,
  weekday,
  type Day,
} from './calendar';
import type { TimeMention } from './mentions';
import { tenseAt, type Tense } from './tense';

export interface RuleContext {
  readonly text: string;
  readonly anchor?: Day;
  /** The sentence around an offset, for tense. */
  readonly sentenceAt: (offset: number) => { start: number; text: string };
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};

export function numberOf(word: string): number | undefined {
  const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()];
  return n !== undefined && n > 0 ? n : undefined;
}

function tenseOf(ctx: RuleContext, offset: number): Tense {
  const sentence = ctx.sentenceAt(offset);
  return tenseAt(sentence.text, offset - sentence.start);
}

/** The year a month without a year falls in, looking back in past-tense sentences. */
export function yearForMonth(
  month: number,
  anchor: Day,
  tense: Tense,
  modifier: 'last' | 'next' | undefined,
): { year: number; other: number } {
  const y = anchor.year;
  if (modifier === 'last')
    return { year: month < anchor.month ? y : y - 1, other: month < anchor.month ? y - 1 : y };
  if (modifier === 'next') return { year: month > anchor.month ? y : y + 1, other: y };
  if (tense === 'past')
    return { year: month <= anchor.month ? y : y - 1, other: month <= anchor.month ? y + 1 : y };
  if (tense === 'future')
    return { year: month >= anchor.month ? y : y + 1, other: month >= anchor.month ? y - 1 : y };
  // No tense: the nearer of the two readings.
  const ahead = month >= anchor.month ? y : y + 1;
  const behind = ahead - 1;
  const gapAhead = (ahead - y) * 12 + month - anchor.month;
  const gapBehind = (y - behind) * 12 + anchor.month - month;
  return gapAhead <= gapBehind ? { year: ahead, other: behind } : { year: behind, other: ahead };
}

function anchorPhrase(anchor: Day): string {
  return `an article of ${longDay(anchor)}`;
}

function unresolved(span: { start: number; end: number; text: string }, what: string): TimeMention {
  return {
    ...span,
    precision: 'approximate',
    relative: true,
    duration: false,
    reason: `'${span.text}' ${what}, and the publication date is unknown`,
    alternatives: [],
  };
}

function monthPairs(ctx: RuleContext): TimeMention[] {
  const pattern = new RegExp(
    `\\b(last\\s+|next\\s+)?(${MONTH_PATTERN})\\s+(?:and|to|through|until|-|–)\\s+(${MONTH_PATTERN})(?:,?\\s+(\\d{4}))?\\b`,
    'g',
  );
  const out: TimeMention[] = [];
  for (const m of ctx.text.matchAll(pattern)) {
    const [first, second] = [monthNumber(m[2] ?? ''), monthNumber(m[3] ?? '')];
    if (!first || !second) continue;
    const lead = (m[1] ?? '').length;
    const span = { start: m.index + lead, end: m.index + m[0].length, text: m[0].slice(lead) };
    const written = m[4] ? Number(m[4]) : undefined;
    if (written === undefined && !ctx.anchor) {
      out.push(unresolved(span, 'names months without a year'));
      continue;
    }
    const modifier = m[1]?.trim().toLowerCase() === 'last' ? 'last' : m[1] ? 'next' : undefined;
    const chosen =
      written ??
      (ctx.anchor ? yearForMonth(second, ctx.anchor, tenseOf(ctx, m.index), modifier) : undefined);
    const endYear = typeof chosen === 'number' ? chosen : (chosen?.year ?? 0);
    const startYear = first <= second ? endYear : endYear - 1;
    const reason =
      written !== undefined
        ? `'${span.text}': two months of ${written}`
        : `'${span.text}' in ${tenseOf(ctx, m.index) === 'past' ? 'a past-tense sentence' : 'a sentence'} of ${ctx.anchor ? anchorPhrase(ctx.anchor) : ''}: the months before or around it`;
    out.push({
      ...span,
      value: monthValue(startYear, first),
      startDate: monthValue(startYear, first),
      endDate: monthValue(endYear, second),
      precision: 'month',
      relative: written === undefined,
      duration: false,
      reason,
      alternatives:
        typeof chosen === 'object'
          ? [`${monthValue(chosen.other, first)} to ${monthValue(chosen.other, second)}`]
          : [],
    });
  }
  return out;
}

const PARTS: Record<string, [number, number]> = {
  mid: [11, 20],
  early: [1, 10],
  late: [21, 31],
  'the end of': [21, 31],
  'end of': [21, 31],
  'the beginning of': [1, 10],
  'beginning of': [1, 10],
  'the start of': [1, 10],
  'start of': [1, 10],
};

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function approximateMonths(ctx: RuleContext): TimeMention[] {
  const pattern = new RegExp(
    `\\b(mid|early|late|the end of|end of|the beginning of|beginning of|the start of|start of)[- ](${MONTH_PATTERN})(?:,?\\s+(\\d{4}))?\\b`,
    'gi',
  );
  const out: TimeMention[] = [];
  for (const m of ctx.text.matchAll(pattern)) {
    const month = monthNumber(m[2] ?? '');
    const part = PARTS[(m[1] ?? '').toLowerCase()];
    if (!month || !part) continue;
    const span = { start: m.index, end: m.index + m[0].length, text: m[0] };
    const written = m[3] ? Number(m[3]) : undefined;
    if (written === undefined && !ctx.anchor) {
      out.push(unresolved(span, 'names a part of a month without a year'));
      continue;
    }
    const pick =
      written === undefined && ctx.anchor
        ? yearForMonth(month, ctx.anchor, tenseOf(ctx, m.index), undefined)
        : undefined;
    const year = written ?? pick?.year ?? 0;
    const last = Math.min(part[1], daysInMonth(year, month));
    out.push({
      ...span,
      value: monthValue(year, month),
      startDate: dayValue({ year, month, day: part[0] }),
      endDate: dayValue({ year, month, day: last }),
      precision: 'approximate',
      relative: written === undefined,
      duration: false,
      reason: `'${span.text}': about the ${part[0]}th to ${last}th of ${monthValue(year, month)}, approximate`,
      alternatives: pick ? [monthValue(pick.other, month)] : [],
    });
  }
  return out;
}

function isoWeek(d: Day): string {
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day));
  const dayNum = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - dayNum + 3);
  const firstThursday = new Date(Date.UTC(date.getUTCFullYear(), 0, 4));
  const week =
    1 +
    Math.round(
      ((date.getTime() - firstThursday.getTime()) / 86400000 -
        3 +
        ((firstThursday.getUTCDay() + 6) % 7)) /
        7,
    );
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function relativePeriods(ctx: RuleContext): TimeMention[] {
  const out: TimeMention[] = [];
  for (const m of ctx.text.matchAll(
    /\b(this|last|next|the past|the coming)\s+(week|month|year)\b/gi,
  )) {
    const span = { start: m.index, end: m.index + m[0].length, text: m[0] };
    const anchor = ctx.anchor;
    if (!anchor) {
      out.push(unresolved(span, 'counts from the publication date'));
      continue;
    }
    const which = (m[1] ?? '').toLowerCase();
    const shift = which === 'last' || which === 'the past' ? -1 : which === 'this' ? 0 : 1;
    const unit = (m[2] ?? '').toLowerCase();
    const base = {
      start: span.start,
      end: span.end,
      text: span.text,
      relative: true,
      duration: false,
    };
    if (unit === 'week') {
      const monday = addDays(anchor, -((weekday(anchor) + 6) % 7) + 7 * shift);
      out.push({
        ...base,
        value: isoWeek(monday),
        startDate: dayValue(monday),
        endDate: dayValue(addDays(monday, 6)),
        precision: 'approximate',
        reason: `'${span.text}' in ${anchorPhrase(anchor)}: the week of Monday ${dayValue(monday)}, approximate`,
        alternatives: [`the seven days around ${dayValue(anchor)}`],
      });
    } else if (unit === 'month') {
      const index = anchor.year * 12 + anchor.month - 1 + shift;
      const value = monthValue(Math.floor(index / 12), (index % 12) + 1);
      out.push({
        ...base,
        value,
        startDate: value,
        precision: 'month',
        reason: `'${span.text}' in ${anchorPhrase(anchor)}`,
        alternatives: [],
      });
    } else {
      const value = String(anchor.year + shift);
      out.push({
        ...base,
        value,
        startDate: value,
        precision: 'year',
        reason: `'${span.text}' in ${anchorPhrase(anchor)}`,
        alternatives: [],
      });
    }
  }
  return out;
}

function bareYears(ctx: RuleContext): TimeMention[] {
  const pattern =
    /\b(?:in|since|by|until|till|of|from|during|before|after|around|circa|to|through|and|between|early|late|mid|the|year|in early|in late)[- ](?:the\s+)?((?:1[5-9]|20)\d\d)\b(?![-–/]?\d|\s*(?:%|percent|per cent|people|soldiers|troops|km|miles))/gi;
  const out: TimeMention[] = [];
  for (const m of ctx.text.matchAll(pattern)) {
    const year = m[1] ?? '';
    const start = m.index + m[0].length - year.length;
    out.push({
      start,
      end: start + year.length,
      text: year,
      value: year,
      startDate: year,
      precision: 'year',
      relative: false,
      duration: false,
      reason: `'${m[0]}': a year written out`,
      alternatives: [],
    });
  }
  return out;
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365, decade: 3650 };

function durations(ctx: RuleContext): TimeMention[] {
  const pattern =
    /\b(after|for|over|in the past|in the last|during)\s+(?:more than\s+|nearly\s+|almost\s+|about\s+|some\s+)?(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+(day|week|month|year|decade)s?\b(?:\s+of\s+[\p{L}-]+)?/giu;
  const out: TimeMention[] = [];
  for (const m of ctx.text.matchAll(pattern)) {
    const n = numberOf(m[2] ?? '');
    const unit = (m[3] ?? '').toLowerCase();
    if (!n || !UNIT_DAYS[unit]) continue;
    const span = { start: m.index, end: m.index + m[0].length, text: m[0] };
    const code =
      unit === 'decade'
        ? `P${n * 10}Y`
        : `P${n}${unit === 'week' ? 'W' : (unit[0] ?? '').toUpperCase()}`;
    const anchor = ctx.anchor;
    if (!anchor) {
      out.push({
        ...unresolved(span, 'is a length of time ending at the publication date'),
        value: code,
        duration: true,
      });
      continue;
    }
    const back = addDays(anchor, -Math.round(n * (UNIT_DAYS[unit] ?? 1)));
    const precision =
      unit === 'year' || unit === 'decade' ? 'year' : unit === 'month' ? 'month' : 'day';
    const cut = (d: Day): string =>
      precision === 'year'
        ? String(d.year)
        : precision === 'month'
          ? monthValue(d.year, d.month)
          : dayValue(d);
    out.push({
      ...span,
      value: code,
      startDate: cut(back),
      endDate: cut(anchor),
      precision,
      relative: true,
      duration: true,
      reason: `'${span.text}': a length of time, read as a span ending at the article's date (${dayValue(anchor)}), not a date ${n} ${unit}s on`,
      alternatives: [`a span ending earlier than ${dayValue(anchor)}`],
    });
  }
  return out;
}

/** Every rule's finds, longest first where they overlap. */
export function ruleMentions(ctx: RuleContext): TimeMention[] {
  return [
    ...monthPairs(ctx),
    ...approximateMonths(ctx),
    ...relativePeriods(ctx),
    ...durations(ctx),
    ...bareYears(ctx),
  ];
}
