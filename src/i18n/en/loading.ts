/** Words for a story's load while it is on its way: how much has come, then the checking. */
import type { Formatter } from '../format';

/** Megabytes to one decimal, in the locale's digits. */
function megabytes(f: Formatter, bytes: number): string {
  return f.number(Math.round((bytes / 1024 / 1024) * 10) / 10);
}

export function loading(f: Formatter) {
  return {
    progressLabel: 'Loading the story',
    reading: (bytes: number, total: number | undefined) =>
      total === undefined
        ? `Loading the story: ${megabytes(f, bytes)} MB`
        : `Loading the story: ${megabytes(f, bytes)} of ${megabytes(f, total)} MB`,
    checking: (events: number) =>
      f.plural(events, { one: 'Checking # event…', other: 'Checking # events…' }),
  };
}

export type LoadingMessages = ReturnType<typeof loading>;

export { megabytes };
