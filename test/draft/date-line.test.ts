// The article's date line: pasted news keeps its header, and its date is when "on Tuesday" was.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDateLine } from '../../src/draft/date-line';
import { draftArticle } from '../../src/draft/draft';
import { gazetteer } from './gazetteer-fixture';

const CSTO = readFileSync('test/fixtures/csto-2021-article.raw.txt', 'utf8');
const BODY =
  'Stock markets around the world, particularly those in the United States, have fallen dramatically today, and this sentence is long enough to be the body of the article rather than its header.';

describe("an article's date line", () => {
  it('reads a date alone on its line under the headline, verbatim and where it is', () => {
    const text = `Stock markets worldwide fall dramatically\n\nSeptember 17, 2008\n\n${BODY}`;
    const line = readDateLine(text);
    expect(line).toEqual({
      day: '2008-09-17',
      text: 'September 17, 2008',
      start: 43,
      end: 61,
      updated: false,
    });
    expect(text.slice(line?.start, line?.end)).toBe('September 17, 2008');
  });

  it.each([
    ['Published: Monday 18 October 2021, 10:32 GMT', '2021-10-18', '18 October 2021'],
    ['Posted on Oct. 18, 2021 at 4 pm', '2021-10-18', 'Oct. 18, 2021'],
    ['By Jane Doe | Sept 18th, 2021 | 10:32', '2021-09-18', 'Sept 18th, 2021'],
    ['Reuters — 2021-10-18 — 09:15 (UTC+3)', '2021-10-18', '2021-10-18'],
    ['Thu 5 Mar 2020 18.00 GMT', '2020-03-05', '5 Mar 2020'],
    ['DATE: 1 JANUARY 2000', '2000-01-01', '1 JANUARY 2000'],
    ['Dec. 5, 2026, 10:32 a.m. ET', '2026-12-05', 'Dec. 5, 2026'],
    ['December 5, 2026 / 10:32 AM', '2026-12-05', 'December 5, 2026'],
    ['Published On 5 Dec 2026', '2026-12-05', '5 Dec 2026'],
  ])('reads %j as %s', (header, day, written) => {
    const line = readDateLine(`A headline\n${header}\n\n${BODY}`);
    expect(line?.day).toBe(day);
    expect(line?.text).toBe(written);
  });

  it('prefers the published date to an updated one, and marks an updated date when it is alone', () => {
    const both = `A headline\nUpdated 19 Oct 2021 11:00 BST\nPublished 18 Oct 2021 09:00 BST\n\n${BODY}`;
    expect(readDateLine(both)).toMatchObject({ day: '2021-10-18', updated: false });
    const updated = `A headline\nLast updated: 19 Oct 2021\n\n${BODY}`;
    expect(readDateLine(updated)).toMatchObject({ day: '2021-10-19', updated: true });
    const timeFirst = `A headline\nUpdated 3:45 PM EST, Sat December 5, 2026\n\n${BODY}`;
    expect(readDateLine(timeFirst)).toMatchObject({
      day: '2026-12-05',
      text: 'December 5, 2026',
      updated: true,
    });
  });

  it.each([
    ['a wire dateline has no year', 'MOSCOW, Oct 18 (Reuters) - Russia began drills.'],
    ['a numeric date has no known day/month order', '10/11/2021'],
    ['a day that is not in the calendar', 'February 30, 2021'],
    ['a sentence that begins with a date', 'October 18, 2021 was the first day of the drills.'],
    ['a month without a day', 'October 2021'],
  ])('reads nothing when %s', (_why, header) => {
    expect(readDateLine(`A headline\n${header}\n\n${BODY}`)).toBeUndefined();
  });

  it("reads the day of a wire dateline that gives its year, at the body's start", () => {
    const text = `Floods kill dozens\n\nPESHAWAR, Pakistan, Aug. 17, 2025 (AP) — ${BODY}`;
    const line = readDateLine(text);
    expect(line).toMatchObject({ day: '2025-08-17', text: 'Aug. 17, 2025', updated: false });
    expect(text.slice(line?.start, line?.end)).toBe('Aug. 17, 2025');
    expect(readDateLine(`A headline\nLONDON, 30 November 2026 — ${BODY}`)?.day).toBe('2026-11-30');
    // The header's own date line comes first.
    const both = `A headline\nPublished 18 Nov 2026\n\nLONDON, Nov 17, 2026 — ${BODY}`;
    expect(readDateLine(both)?.day).toBe('2026-11-18');
    // Without its year, the dateline's day is not a date to count from.
    expect(readDateLine(`A headline\n\nLONDON, Nov 17 (Reuters) — ${BODY}`)).toBeUndefined();
  });

  it('reads nothing below the header: a date line after the body has begun is a date in the story', () => {
    expect(readDateLine(`A headline\n\n${BODY}\n\n18 October 2021\n`)).toBeUndefined();
    const deep = Array.from({ length: 9 }, (_, i) => `Line ${i + 1}`).join('\n');
    expect(readDateLine(`${deep}\n18 October 2021\n`)).toBeUndefined();
  });

  it('finds none in the CSTO article, whose date is in its first sentence, not on a line of its own', () => {
    expect(readDateLine(CSTO)).toBeUndefined();
  });
});

describe('a draft without a publication date', () => {
  const ARTICLE =
    'Russia leads drills near the Afghan border\n\nPublished 19 Oct 2021, 10:32 GMT\n\nRussian troops began exercises in Tajikistan on Monday, near the Afghan border, officials said in Dushanbe.';

  it("counts from the article's date line, says so, and drafts what the given date would", () => {
    const fromLine = draftArticle(ARTICLE, gazetteer());
    const given = draftArticle(ARTICLE, gazetteer(), { published: '2021-10-19' });
    expect(fromLine.messages).toContain(
      "The publication date, Tuesday 19 October 2021, was read from the article's date line ('19 Oct 2021'); relative dates count from it. If the article was published on another day, give that date and draft again.",
    );
    expect(fromLine.annotations.published).toBe('2021-10-19');
    expect(fromLine.story).toEqual(given.story);
    expect(fromLine.annotations.times.map((t) => t.value)).toContain('2021-10-18');
  });

  it('leaves a given date alone, even when the date line says another day', () => {
    const result = draftArticle(ARTICLE, gazetteer(), { published: '2021-10-25' });
    expect(result.annotations.published).toBe('2021-10-25');
    expect(result.messages.join(' ')).not.toContain('date line');
  });
});
