/** Rules for periods counted from the article's date (this week, last year), bare years and lengths of time. */
import { addDays, dayValue, monthValue, weekday, type Day } from './calendar';
import type { TimeMention } from './mentions';
import { anchorPhrase, numberOf, unresolved, type RuleContext } from './rule-context';

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

/** "this week", "last month", "the coming year", from the article's date. */
export function relativePeriods(ctx: RuleContext): TimeMention[] {
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

/** "in 2001", "since 1992": a year written out after a word that dates it. */
export function bareYears(ctx: RuleContext): TimeMention[] {
  const pattern =
    /\b(?:in|since|by|until|till|of|from|during|before|after|around|circa|to|through|and|between|early|late|mid|the|year|in early|in late)[- ](?:the\s+)?((?:1[5-9]|20)\d\d)\b(?![-–/]?\d|[.,]\d|\s*(?:%|percent|per cent|people|soldiers|troops|km|miles))/gi;
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

const YEAR = '((?:1[5-9]|20)\\d\\d)';

/** "from 2001 to 2005", "between 2014 and 2016", "the 1992–1997 war": a span of years. */
export function yearSpans(ctx: RuleContext): TimeMention[] {
  const pattern = new RegExp(
    `\\b(?:(?:from|between)\\s+${YEAR}\\s+(?:to|and|until|till|through)\\s+${YEAR}|${YEAR}\\s?[–-]\\s?${YEAR})\\b(?![-–/.,]?\\d|\\s*(?:%|percent|per cent))`,
    'gi',
  );
  const out: TimeMention[] = [];
  for (const m of ctx.text.matchAll(pattern)) {
    const [first = '', last = ''] = m[1] ? [m[1], m[2]] : [m[3], m[4]];
    // "pages 1987-1850", "1600-1800 people": an end before the start, or centuries on, is no span.
    if (Number(last) <= Number(first) || Number(last) - Number(first) > 100) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      value: first,
      startDate: first,
      endDate: last,
      precision: 'year',
      relative: false,
      duration: false,
      reason: `'${m[0]}': a span of years written out`,
      alternatives: [],
    });
  }
  return out;
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365, decade: 3650 };

/** The calendar unit a length of time in `unit`s is told in: years, months or days. */
function unitPrecision(unit: string): 'year' | 'month' | 'day' {
  return unit === 'year' || unit === 'decade' ? 'year' : unit === 'month' ? 'month' : 'day';
}

/** `d` written at that unit: "2021", "2021-10" or "2021-10-18". */
function atUnit(d: Day, unit: string): string {
  const precision = unitPrecision(unit);
  return precision === 'year'
    ? String(d.year)
    : precision === 'month'
      ? monthValue(d.year, d.month)
      : dayValue(d);
}

/** "after 20 years of war": a span ending at the article's date. */
export function durations(ctx: RuleContext): TimeMention[] {
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
    out.push({
      ...span,
      value: code,
      startDate: atUnit(back, unit),
      endDate: atUnit(anchor, unit),
      precision: unitPrecision(unit),
      relative: true,
      duration: true,
      reason: `'${span.text}': a length of time, read as a span ending at the article's date (${dayValue(anchor)}), not a date ${n} ${unit}s on`,
      alternatives: [`a span ending earlier than ${dayValue(anchor)}`],
    });
  }
  return out;
}

// How many units a vague count stands for: the middle of what it usually covers. The span is
// marked approximate and the reason says its start is a guess.
const VAGUE_COUNT: Record<string, number> = { couple: 2, few: 3, recent: 3, several: 5, many: 10 };

/**
 * "over the last several years", "in the past few days", "in recent months": a span of vague
 * length ending at the article's date; "over the next couple of years" one starting at it. chrono
 * reads them as one day that many units away ("the last several years" = a day seven years
 * before), which claims a precision the words lack.
 */
export function vagueDurations(ctx: RuleContext): TimeMention[] {
  const pattern =
    /\b(?:(?:over|in|during|for|within)\s+)?(?:(?:the\s+)?(last|past|next|coming)\s+(couple\s+of|few|several|many)|(recent))\s+(day|week|month|year|decade)s\b/gi;
  const out: TimeMention[] = [];
  for (const m of ctx.text.matchAll(pattern)) {
    const ahead = /^(?:next|coming)$/i.test(m[1] ?? '');
    const vague = (m[2] ?? m[3] ?? '').toLowerCase().split(/\s+/)[0] ?? '';
    const n = VAGUE_COUNT[vague];
    const unit = (m[4] ?? '').toLowerCase();
    const days = UNIT_DAYS[unit];
    if (!n || !days) continue;
    const span = { start: m.index, end: m.index + m[0].length, text: m[0] };
    const value =
      unit === 'decade' ? 'PXDE' : `PX${unit === 'week' ? 'W' : (unit[0] ?? '').toUpperCase()}`;
    const anchor = ctx.anchor;
    if (!anchor) {
      out.push({
        ...unresolved(
          span,
          `is a length of time ${ahead ? 'starting' : 'ending'} at the publication date`,
        ),
        value,
        duration: true,
      });
      continue;
    }
    const far = addDays(anchor, (ahead ? 1 : -1) * Math.round(n * days));
    out.push({
      ...span,
      value,
      startDate: atUnit(ahead ? anchor : far, unit),
      endDate: atUnit(ahead ? far : anchor, unit),
      precision: 'approximate',
      relative: true,
      duration: true,
      reason: ahead
        ? `'${span.text}': a length of time of no stated size, read as about ${n} ${unit}s from the article's date (${dayValue(anchor)}); when it ends is a guess`
        : `'${span.text}': a length of time of no stated size, read as about ${n} ${unit}s ending at the article's date (${dayValue(anchor)}); when it began is a guess`,
      alternatives: [
        `a span of another length ${ahead ? 'starting' : 'ending'} at ${dayValue(anchor)}`,
      ],
    });
  }
  return out;
}
