/** The timeline's density strip, said in words (the canvas itself is hidden from screen readers). */
import type { Formatter } from '../format';

export function density(f: Formatter) {
  const per = { day: 'day', week: 'week', month: 'month', year: 'year' } as const;
  return {
    /** "Events per month on the timeline; busiest: March 2020, 1,240 events". */
    busiest: (unit: keyof typeof per, when: string, count: number) =>
      `Events per ${per[unit]} on the timeline; busiest: ${when}, ${f.plural(count, {
        one: '# event',
        other: '# events',
      })}`,
    /** A week's bucket, named by its first day (a Monday). */
    weekOf: (day: string) => `the week of ${day}`,
  };
}

export type DensityMessages = ReturnType<typeof density>;
