import { describe, expect, it } from 'vitest';
import { failedReport, leftOutReport, linkReport } from '../../src/app/problem-report';

describe('failedReport', () => {
  it('says the story could not be shown and why', () => {
    const report = failedReport([{ path: 'events', code: 'wrong-type', expected: 'array' }]);
    expect(report.headline).toBe('This story could not be shown.');
    expect(report.lines).toEqual(['events must be a list']);
  });
});

describe('leftOutReport', () => {
  it('counts the events left out, once per event', () => {
    const report = leftOutReport([
      { path: 'events[1].time.start', code: 'rule', rule: 'date-time-form' },
      { path: 'events[1].kind', code: 'wrong-type', expected: 'string' },
      { path: 'events[4].id', code: 'repeated-id', id: 'a' },
    ]);
    expect(report?.headline).toBe('2 events not shown');
    expect(report?.lines[0]).toMatch(/^events\[1\]\.time\.start is not a date: write YYYY/);
  });

  it('says one event in the singular', () => {
    expect(
      leftOutReport([{ path: 'events[0].id', code: 'too-small', origin: 'string', minimum: 1 }])
        ?.headline,
    ).toBe('1 event not shown');
  });

  it('counts problems outside events separately', () => {
    const report = leftOutReport([
      { path: 'events[2].place', code: 'wrong-type', expected: 'object' },
      { path: 'steps[0].event', code: 'unknown-event', event: 'x' },
    ]);
    expect(report?.headline).toBe('1 event not shown; 1 other problem in the story file');
  });

  it('reports nothing when nothing was left out', () => {
    expect(leftOutReport([])).toBeUndefined();
  });
});

describe('linkReport', () => {
  it('says part of the link was ignored, and which part', () => {
    const report = linkReport([
      { path: '?view', code: 'link-value', expect: { kind: 'camera' }, got: 'x' },
    ]);
    expect(report?.headline).toBe('Part of this link was ignored');
    expect(report?.lines).toEqual(['?view must be lon,lat,zoom, e.g. 69.5,37.5,5 (got "x")']);
  });
});
