import { describe, expect, it } from 'vitest';
import { failedReport, leftOutReport, linkReport } from '../../src/app/problem-report';

describe('failedReport', () => {
  it('says the story could not be shown and why', () => {
    const report = failedReport([{ path: 'events', message: 'Invalid input: expected array' }]);
    expect(report.headline).toBe('This story could not be shown.');
    expect(report.lines).toEqual(['events: Invalid input: expected array']);
  });
});

describe('leftOutReport', () => {
  it('counts the events left out, once per event', () => {
    const report = leftOutReport([
      { path: 'events[1].time.start', message: 'is not a date' },
      { path: 'events[1].kind', message: 'is not a kind' },
      { path: 'events[4].id', message: 'repeats the id "a"' },
    ]);
    expect(report?.headline).toBe('2 events not shown');
    expect(report?.lines[0]).toBe('events[1].time.start is not a date');
  });

  it('says one event in the singular', () => {
    expect(leftOutReport([{ path: 'events[0].id', message: 'must not be empty' }])?.headline).toBe(
      '1 event not shown',
    );
  });

  it('counts problems outside events separately', () => {
    const report = leftOutReport([
      { path: 'events[2].place', message: 'is missing' },
      { path: 'steps[0].event', message: 'names no shown event: "x"' },
    ]);
    expect(report?.headline).toBe('1 event not shown; 1 other problem in the story file');
  });

  it('reports nothing when nothing was left out', () => {
    expect(leftOutReport([])).toBeUndefined();
  });
});

describe('linkReport', () => {
  it('says part of the link was ignored, and which part', () => {
    const report = linkReport([{ path: '?view', message: 'must be lon,lat,zoom (got "x")' }]);
    expect(report?.headline).toBe('Part of this link was ignored');
    expect(report?.lines).toEqual(['?view must be lon,lat,zoom (got "x")']);
  });
});
