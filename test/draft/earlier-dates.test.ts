// "The next day", "the following year", "two weeks later": counted from the date before them.
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/draft/dates';
import { splitSentences } from '../../src/draft/sentences';

const SATURDAY = { year: 2026, month: 12, day: 5 };

function values(text: string, anchor: typeof SATURDAY | null = SATURDAY) {
  return findTimes(text, splitSentences(text), anchor ?? undefined).map(
    (t) => `${t.text}=${t.startDate ?? '?'}${t.endDate ? `..${t.endDate}` : ''}:${t.precision}`,
  );
}

describe('dates counted from the date before them', () => {
  it('counts "the next day" from the day before it, not from the article', () => {
    expect(values('He was arrested on March 3, 2026 and charged the next day.')).toEqual([
      'March 3, 2026=2026-03-03:day',
      'the next day=2026-03-04:day',
    ]);
  });

  it('chains years across sentences and paragraphs, each at its own unit', () => {
    const text =
      'Petrov was first detained in 2019. He was released the following year.\n\nThe previous year, his brother had been jailed.';
    expect(values(text)).toEqual([
      '2019=2019:year',
      'the following year=2020:year',
      'The previous year=2019:year',
    ]);
  });

  it('counts on from the end of a span, and back from its start', () => {
    expect(
      values('The war lasted from 2001 to 2005. Two years later, troops left. A year earlier…'),
    ).toEqual([
      'from 2001 to 2005=2001..2005:year',
      'Two years later=2007:year',
      'A year earlier=2006:year',
    ]);
    expect(values('Talks began in 2019. The next month they failed.')).toEqual([
      '2019=2019:year',
      'The next month=2019:year',
    ]);
    expect(values('Talks began in June 2024. Two weeks later they failed.')).toEqual([
      'June 2024=2024-06:month',
      // A month's "two weeks later" is known only to the month.
      'Two weeks later=2024-06:month',
    ]);
  });

  it('leaves one with no date near it unresolved rather than counting from the article', () => {
    const far = 'Talks began in 2019.\n\nNothing.\n\nMore nothing.\n\nThe next day, they ended.';
    const [, next] = findTimes(far, splitSentences(far), SATURDAY);
    expect(next?.text).toBe('The next day');
    expect(next?.startDate).toBeUndefined();
    expect(next?.reason).toContain('does not give near it');
    // "The day before yesterday" is chrono's, counted from the article.
    expect(values('The day before yesterday, talks failed.')).toEqual([
      'The day before yesterday=2026-12-03:day',
    ]);
  });

  it('does not count from the date before when the words count from an event', () => {
    // "the day after his arrest": after the arrest, not after Monday.
    expect(
      values('On Monday police raided the office. He was charged the day after his arrest.'),
    ).toEqual(['Monday=2026-11-30:day']);
    // "a day after the president returned" is no date at all (chrono-node read it as one day
    // after the publication date, or after the stand-in it is given when there is none).
    expect(values('China began drills on Tuesday, a day after the president returned.')).toEqual([
      'Tuesday=2026-12-01:day',
    ]);
    expect(values('Drills began a day after the president returned.', null)).toEqual([]);
  });
});
