/** Says in words how coarse a date is, so nobody reads more precision than the sources give. */
import type { Precision } from '../time/event-time';

/** "date known to the month", or undefined when the date is known to the day. */
export function precisionPhrase(precision: Precision): string | undefined {
  switch (precision) {
    case 'day':
      return undefined;
    case 'month':
      return 'date known to the month';
    case 'year':
      return 'date known to the year';
    case 'approximate':
      return 'approximate date';
  }
}
