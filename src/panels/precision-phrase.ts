/** Says in words how coarse a date is, so nobody reads more precision than the sources give. */
import type { Precision } from '../time/event-time';

/** "date known to the month", or undefined when the date is known to the day or finer. */
export function precisionPhrase(precision: Precision): string | undefined {
  switch (precision) {
    case 'minute':
    case 'day':
      return undefined;
    case 'hour':
      return 'time known to the hour';
    case 'month':
      return 'date known to the month';
    case 'year':
      return 'date known to the year';
    case 'approximate':
      return 'approximate date';
  }
}
