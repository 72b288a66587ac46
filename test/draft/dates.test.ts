import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/draft/dates';
import { splitSentences } from '../../src/draft/sentences';

const MONDAY = { year: 2021, month: 10, day: 18 };

function times(text: string, anchor: typeof MONDAY | null = MONDAY) {
  return findTimes(text, splitSentences(text), anchor ?? undefined);
}

function only(text: string, anchor: typeof MONDAY | null = MONDAY) {
  const found = times(text, anchor);
  expect(found).toHaveLength(1);
  const [first] = found;
  if (!first) throw new Error('no time found');
  return first;
}

describe('findTimes', () => {
  it('reads how long something took as no date ("in just 12 hours"), but a future "in two weeks" as one', () => {
    expect(times('The storm strengthened in just 12 hours on Monday.').map((t) => t.text)).toEqual([
      'Monday',
    ]);
    expect(times('The town was rebuilt in two years.')).toEqual([]);
    expect(times('Earlier in the month, the city began spraying.', null)).toEqual([]);
    expect(only('Talks will resume in two weeks.').startDate).toBe('2021-11-01');
  });

  it('leaves what counts from the unknown publication date unresolved, whatever chrono-node is sure of', () => {
    // chrono-node counted these from its stand-in for no date: 31 January 2000.
    const [end] = times('By the end of the month, it was over.', null);
    expect([end?.text, end?.startDate, end?.reason]).toEqual([
      'end of the month',
      undefined,
      "'end of the month' counts from the publication date, which is unknown",
    ]);
    expect(times('It rained on 3 March 2021 at 10:00.', null)[0]?.startDate).toBe('2021-03-03');
  });

  it('reads a span of years as one span, not two years', () => {
    for (const [text, span] of [
      ['Aid flowed from 2001 to 2005.', 'from 2001 to 2005'],
      ['Deliveries come between 2014 and 2016.', 'between 2014 and 2016'],
      ['He fought in the 1992–1997 war.', '1992–1997'],
    ] as const) {
      const t = only(text);
      expect([t.text, t.startDate, t.endDate, t.precision]).toEqual([
        span,
        span.match(/\d{4}/)?.[0],
        span.match(/\d{4}(?=\D*$)/)?.[0],
        'year',
      ]);
    }
    // An end before the start is no span: two years, or none.
    expect(times('Pages 1987-1850 of the report.').some((t) => t.endDate)).toBe(false);
  });

  it('reads a weekday in a future-tense sentence as the coming one', () => {
    const t = only('Officials will hold separate talks in Moscow on Tuesday.');
    expect([t.value, t.precision, t.text]).toEqual(['2021-10-19', 'day', 'Tuesday']);
    expect(t.alternatives).toContain('2021-10-12');
    expect(t.reason).toContain('Monday 18 October 2021');
  });

  it('reads a weekday in a past-tense sentence as the one before', () => {
    expect(only('The minister said on Friday that talks had failed.').value).toBe('2021-10-15');
  });

  it('reads a month in a past-tense sentence as the one before, not next year', () => {
    const t = only('Moscow had hosted an international conference on Afghanistan in March.');
    expect([t.value, t.precision]).toEqual(['2021-03', 'month']);
    expect(t.alternatives).toEqual(['2022-03']);
  });

  it('reads "last August" as the August before the article', () => {
    expect(only('Prices rose last August.', { year: 2021, month: 9, day: 1 }).value).toBe(
      '2021-08',
    );
  });

  it('reads two months as a month range', () => {
    const t = only('Drills were conducted on the border in August and September.');
    expect([t.startDate, t.endDate, t.precision]).toEqual(['2021-08', '2021-09', 'month']);
  });

  it('reads "from 18 to 23 October" as a range of days', () => {
    const t = only('The exercises run from 18 to 23 October.');
    expect([t.startDate, t.endDate, t.precision]).toEqual(['2021-10-18', '2021-10-23', 'day']);
  });

  it('reads "this week" as the week of the article, approximate', () => {
    const t = only('A delegation is due to visit Moscow this week.');
    expect([t.startDate, t.endDate, t.precision]).toEqual([
      '2021-10-18',
      '2021-10-24',
      'approximate',
    ]);
  });

  it('reads a bare year', () => {
    const t = only('The war began in 2001.');
    expect([t.text, t.value, t.precision]).toEqual(['2001', '2001', 'year']);
  });

  it('reads "mid-October" as approximate days of that month', () => {
    const t = only('Snow is expected by mid-October.', { year: 2021, month: 9, day: 1 });
    expect([t.value, t.startDate, t.endDate, t.precision]).toEqual([
      '2021-10',
      '2021-10-11',
      '2021-10-20',
      'approximate',
    ]);
  });

  it('reads "after 20 years of war" as a span ending at the article, not a date 20 years on', () => {
    const t = only('The allies withdrew after 20 years of war.');
    expect([t.value, t.startDate, t.endDate, t.duration]).toEqual(['P20Y', '2001', '2021', true]);
  });

  it.each([
    [
      'AIG was built up over the last several years.',
      'over the last several years',
      '2016',
      '2021',
    ],
    ['Prices rose in the past few days.', 'in the past few days', '2021-10-15', '2021-10-18'],
    ['In recent months the town grew.', 'In recent months', '2021-07', '2021-10'],
    [
      'It fell over the past couple of weeks.',
      'over the past couple of weeks',
      '2021-10-04',
      '2021-10-18',
    ],
  ])(
    'reads %j as an approximate span ending at the article, not one day that far back',
    (text, words, from, to) => {
      const t = only(text);
      expect([t.text, t.startDate, t.endDate, t.precision, t.duration]).toEqual([
        words,
        from,
        to,
        'approximate',
        true,
      ]);
      expect(t.reason).toContain('when it began is a guess');
    },
  );

  it('reads "over the next couple of years" as an approximate span starting at the article', () => {
    const t = only('Growth will slow over the next couple of years.');
    expect([t.startDate, t.endDate, t.precision]).toEqual(['2021', '2023', 'approximate']);
    expect(t.reason).toContain('when it ends is a guess');
  });

  it.each([
    ['Floods have killed 45 people since June 26.', 'June 26', '2021-06-26', '2021-10-18'],
    ['Fighting has gone on since 1992.', '1992', '1992', '2021'],
  ])('reads %j as a span from the date to the article', (text, words, from, to) => {
    const t = only(text);
    expect([t.text, t.startDate, t.endDate]).toEqual([words, from, to]);
    expect(t.reason).toContain("after 'since'");
  });

  it('reads no year in an index level ("to 1847.27")', () => {
    expect(times('The Nasdaq index has fallen by 100.12 points to 1847.27.')).toEqual([]);
  });

  it('leaves a vague length of time unresolved without a publication date', () => {
    const t = only('Prices rose in the past few days.', null);
    expect([t.startDate, t.value, t.duration]).toEqual([undefined, 'PXD', true]);
  });

  it('keeps a written-out date absolute even without a publication date', () => {
    const t = only('It began on Monday, October 18, 2021, near the border.', null);
    expect([t.value, t.relative]).toEqual(['2021-10-18', false]);
  });

  it('leaves a relative date unresolved without a publication date', () => {
    const t = only('Talks will be held on Tuesday.', null);
    expect(t.value).toBeUndefined();
    expect(t.reason).toContain('unknown');
  });
});
