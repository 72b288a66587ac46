import { describe, expect, it } from 'vitest';
import { parseStory, parseStoryText } from '../../src/story/parse-story';
import { describeProblem } from '../fixtures/describe-problem';
import { validEvent, validSource, validStory } from './story-builders';

function messages(result: ReturnType<typeof parseStory>): string[] {
  return result.problems.map(describeProblem);
}

describe('parseStory', () => {
  it('accepts a valid story with no problems', () => {
    const result = parseStory(validStory());
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([]);
  });

  it('holds events sorted by time whatever the file order', () => {
    const story = validStory();
    const result = parseStory({ ...story, events: [...story.events].reverse() });
    expect(result.ok && result.story.events.map((event) => event.id)).toEqual([
      'exercises',
      'talks',
    ]);
  });

  it('resolves a day range to a half-open interval covering the last day', () => {
    const result = parseStory(validStory());
    const event = result.ok ? result.story.events[0] : undefined;
    expect(event?.time.start).toBe(Date.UTC(2021, 9, 18));
    expect(event?.time.end).toBe(Date.UTC(2021, 9, 24));
    expect(event?.time.isRange).toBe(true);
  });

  it('reports text that is not JSON with the parser reason', () => {
    const result = parseStoryText('{"format": 1,');
    expect(result.ok).toBe(false);
    expect(messages(result)[0]).toMatch(/^The file is not valid JSON: /);
  });

  it('fails a file that is not a story, saying where', () => {
    const result = parseStory({ format: 1, id: 'x', title: 'X', language: 'en', sources: [] });
    expect(result.ok).toBe(false);
    expect(messages(result).join('\n')).toMatch(/sources/);
    expect(messages(result).join('\n')).toMatch(/events/);
  });

  it('leaves out an event with a bad date and keeps the others', () => {
    const story = validStory();
    const bad = validEvent({ id: 'bad', time: { start: '18 October', precision: 'day' } });
    const result = parseStory({ ...story, events: [...story.events, bad] });
    expect(result.ok && result.story.events.map((event) => event.id)).toEqual([
      'exercises',
      'talks',
    ]);
    expect(messages(result)).toContain(
      'events[2].time.start is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally with Z or ±HH:MM)',
    );
  });

  it('rejects an end before the start', () => {
    const bad = validEvent({ time: { start: '2021-10-18', end: '2021-10-01', precision: 'day' } });
    const result = parseStory(validStory({ events: [bad] }));
    expect(messages(result)).toEqual(['events[0].time.end is before time.start']);
  });

  it('rejects a precision the written dates do not match', () => {
    const bad = validEvent({ time: { start: '2021-10-18', precision: 'month' } });
    expect(messages(parseStory(validStory({ events: [bad] })))[0]).toMatch(
      /^events\[0\]\.time\.precision is "month"/,
    );
  });

  it('rejects a quote that is not verbatim', () => {
    const bad = validEvent({ excerpts: [{ source: 'article', quote: 'Troops began drills' }] });
    expect(messages(parseStory(validStory({ events: [bad] })))).toEqual([
      'events[0].excerpts[0].quote is not verbatim: it does not occur in the text of source "article"',
    ]);
  });

  it('rejects an excerpt naming no source', () => {
    const bad = validEvent({ excerpts: [{ source: 'wire', quote: 'Troops' }] });
    expect(messages(parseStory(validStory({ events: [bad] })))).toEqual([
      'events[0].excerpts[0].source names no source: "wire"',
    ]);
  });

  it('rejects a repeated event id but keeps the first', () => {
    const result = parseStory(validStory({ events: [validEvent(), validEvent()] }));
    expect(result.ok && result.story.events).toHaveLength(1);
    expect(messages(result)).toEqual(['events[1].id repeats the id "exercises"']);
  });

  it('rejects coordinates out of range', () => {
    const place = {
      name: 'Nowhere',
      geometry: { type: 'Point', coordinates: [200, 38] },
      uncertaintyKm: 1,
    };
    expect(messages(parseStory(validStory({ events: [validEvent({ place })] })))[0]).toMatch(
      /^events\[0\]\.place\.geometry\.coordinates\[0\]/,
    );
  });

  it('drops a source whose url is not http(s), with its events', () => {
    const story = validStory({
      sources: [validSource(), validSource({ id: 'evil', url: 'javascript:alert(1)' })],
    });
    const result = parseStory(story);
    expect(result.ok).toBe(true);
    expect(messages(result)).toEqual(['sources[1].url is not an http(s) URL']);
  });

  it('does not mutate its input', () => {
    const story = validStory();
    const before = JSON.stringify(story);
    parseStory(story);
    expect(JSON.stringify(story)).toBe(before);
  });

  it('drops steps that name no shown event', () => {
    const result = parseStory(validStory({ steps: [{ event: 'talks' }, { event: 'ghost' }] }));
    expect(result.ok && result.story.steps.map((step) => step.event)).toEqual(['talks']);
    expect(messages(result)).toEqual(['steps[1].event names no shown event: "ghost"']);
  });

  it('defaults the steps to every event in time order', () => {
    const result = parseStory(validStory());
    expect(result.ok && result.story.steps.map((step) => step.event)).toEqual([
      'exercises',
      'talks',
    ]);
  });
});
