/**
 * Time expressions chrono-node does not read the way a news desk does: two months
 * ("in August and September"), approximate months ("mid-October"), this/last/next week, month
 * or year, bare years ("in 2001"), spans of years ("from 2001 to 2005") and lengths of time ("after 20 years of war", "over the last
 * several years").
 */
import type { TimeMention } from './mentions';
import { approximateMonths, monthPairs } from './month-rules';
import { bareYears, durations, relativePeriods, vagueDurations, yearSpans } from './period-rules';
import type { RuleContext } from './rule-context';

export { numberOf, yearForMonth, type RuleContext } from './rule-context';

/** Every rule's finds, longest first where they overlap. */
export function ruleMentions(ctx: RuleContext): TimeMention[] {
  return [
    ...monthPairs(ctx),
    ...approximateMonths(ctx),
    ...relativePeriods(ctx),
    ...durations(ctx),
    ...vagueDurations(ctx),
    ...yearSpans(ctx),
    ...bareYears(ctx),
  ];
}
