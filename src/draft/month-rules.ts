/** Rules for months chrono-node misreads: two months together, and approximate parts of a month. */
import { dayValue, MONTH_PATTERN, monthNumber, monthValue } from './calendar';
import type { TimeMention } from './mentions';
import { anchorPhrase, tenseOf, unresolved, yearForMonth, type RuleContext } from './rule-context';

/** "in August and September", "last October to December". */
export function monthPairs(ctx: RuleContext): TimeMention[] {
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

/** "mid-October", "the end of March 2021". */
export function approximateMonths(ctx: RuleContext): TimeMention[] {
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
