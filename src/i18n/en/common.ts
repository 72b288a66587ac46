/** Words used across the app: buttons and phrases that more than one screen says. */
import type { Formatter } from '../format';

export function common(f: Formatter) {
  return {
    close: 'Close',
    cancel: 'Cancel',
    events: (count: number) => f.plural(count, { one: '# event', other: '# events' }),
  };
}

export type CommonMessages = ReturnType<typeof common>;
