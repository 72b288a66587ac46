import type { Formatter } from '../format';
import { megabytes, type LoadingMessages } from '../en/loading';

export function loading(f: Formatter): LoadingMessages {
  return {
    progressLabel: 'در حال بارگیری داستان',
    reading: (bytes, total) =>
      total === undefined
        ? `در حال بارگیری داستان: ${megabytes(f, bytes)} مگابایت`
        : `در حال بارگیری داستان: ${megabytes(f, bytes)} از ${megabytes(f, total)} مگابایت`,
    checking: (events) => f.plural(events, { other: 'در حال بررسی # رویداد…' }),
  };
}
