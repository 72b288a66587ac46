// A date that a figure is measured against is not when the event happened.
import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../src/draft/draft';
import { storySchema } from '../../src/story/story-schema';
import { gazetteer } from './gazetteer-fixture';

const PUBLISHED = { published: '2009-02-03' };

function onlyEventTime(sentences: string) {
  const result = draftArticle(`Car sales fall\n\n${sentences}`, gazetteer(), PUBLISHED);
  expect(result.eventCount).toBe(1);
  const [event] = storySchema.parse(result.story).events;
  if (!event) throw new Error('no event drafted');
  return event.time;
}

describe('dates a figure is compared with', () => {
  it.each([
    'Toyota reported a 32% drop in sales in Japan from a year earlier.',
    'Sales in Japan were down 12% on the same month a year ago.',
    'Fewer cars were sold in Japan than last year.',
    'Sales in Japan fell 9% compared with last year.',
  ])('does not date %j by what it is compared with', (sentence) => {
    const time = onlyEventTime(sentence);
    expect(time.start).toBe('2009-02-03');
    expect(time.note).toMatch(/is what it is compared with, not when it happened$/);
  });

  it("dates the event by the sentence's own date and names the comparison in the reason", () => {
    const time = onlyEventTime(
      'Sales in Japan fell as much as 35% in January, compared to the same month a year ago.',
    );
    expect(time.start).toBe('2009-01');
    expect(time.note).toContain("'a year ago' is what it is compared with");
  });

  it.each([
    ['The index had its worst fall since 1987.', '1987'],
    ['Oil dropped to lows not reached since February.', 'February'],
    ['It was the lowest close for the index since October 9, 2002.', 'October 9, 2002'],
  ])('does not date a record %j by the date it reaches back to', (sentence, words) => {
    const time = onlyEventTime(sentence.replace(/\.$/, ' in Japan.'));
    expect(time.start).toBe('2009-02-03');
    expect(time.note).toContain(`'${words}' is what it is compared with`);
  });

  it.each([
    ['the start of a range', 'Exercises in Japan have run from last October.', '2008-10'],
    ['a plain relative date', 'Sales in Japan fell a year ago.', '2008-02-03'],
  ])('still dates by %s', (_what, sentence, start) => {
    expect(onlyEventTime(sentence).start).toBe(start);
  });
});
