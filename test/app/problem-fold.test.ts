import { describe, expect, it } from 'vitest';
import { LIST_EACH_UP_TO, problemLines } from '../../src/app/problem-fold';
import { leftOutReport } from '../../src/app/problem-report';
import type { Problem } from '../../src/story/problem';

describe('problemLines', () => {
  it('lists a few problems one per line', () => {
    expect(
      problemLines([{ path: 'events[1].id', code: 'too-small', origin: 'string', minimum: 1 }]),
    ).toEqual(['events[1].id must not be empty']);
  });

  it('folds 120,000 problems into one line per kind, with counts and the first places', () => {
    const problems = Array.from({ length: 120_000 }, (_, index): Problem =>
      index % 3 === 0
        ? { path: `events[${index}].time.start`, code: 'rule', rule: 'real-date' }
        : {
            path: `events[${index}].excerpts[0].source`,
            code: 'unknown-source',
            source: `s${index}`,
          },
    );
    const lines = problemLines(problems);
    expect(lines).toEqual([
      'events[*].excerpts[*].source names no source: "…" (80,000 times: events[1].excerpts[0].source, events[2].excerpts[0].source, events[4].excerpts[0].source, …)',
      'events[*].time.start is not a real date (40,000 times: events[0].time.start, events[3].time.start, events[6].time.start, …)',
    ]);
  });

  it('caps the number of kinds it lists', () => {
    const problems = Array.from({ length: 5_000 }, (_, index): Problem => ({
      path: `field${index}`,
      code: 'invalid',
    }));
    const lines = problemLines(problems);
    expect(lines.length).toBeLessThanOrEqual(41);
    expect(lines.at(-1)).toBe('and 4,960 more problems of 4,960 other kinds');
    expect(problems.length).toBeGreaterThan(LIST_EACH_UP_TO);
  });
});

describe('leftOutReport with repairs', () => {
  it('counts a repaired shape as a repair, not an event left out', () => {
    const report = leftOutReport([
      { path: 'events[0].place.geometry.coordinates[0]', code: 'ring-closed', repaired: true },
    ]);
    expect(report?.headline).toBe('1 shape repaired');
  });
});
