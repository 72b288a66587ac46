// Any text at all drafts without throwing: clear messages, a partial draft, a valid story.
import { describe, expect, it } from 'vitest';
import { draftArticle, MAX_CHARS } from '../../src/draft/draft';
import { parseStory } from '../../src/story/parse-story';
import { gazetteer } from './gazetteer-fixture';

function draft(text: string, published?: string) {
  const result = draftArticle(text, gazetteer(), published ? { published } : {});
  const parsed = parseStory(result.story);
  expect(parsed.ok).toBe(true);
  return result;
}

describe('drafting bad or unusual input', () => {
  it.each([
    [
      'Cyrillic',
      'Во вторник в Москве прошли переговоры о положении в Афганистане. Делегация прибыла в понедельник.',
    ],
    [
      'Arabic',
      'أجرت روسيا مناورات عسكرية قرب الحدود الطاجيكية الأفغانية يوم الاثنين. وقال مسؤولون إن المحادثات ستعقد في موسكو.',
    ],
    [
      'Chinese',
      '俄罗斯周一在塔吉克斯坦与阿富汗边境附近举行军事演习。官员表示，会谈将于周二在莫斯科举行。',
    ],
  ])('drafts %s text and says the reading is English only', (_script, text) => {
    const result = draft(text, '2021-10-18');
    expect(result.messages.join(' ')).toContain('not in the Latin alphabet');
  });

  it('says so when there are no dates and no places', () => {
    const result = draft('Nothing much happened, and nobody said where.');
    expect(result.messages).toContain('No dates were found in the text.');
    expect(result.messages).toContain('No places were found in the text.');
    expect(result.eventCount).toBe(0);
  });

  it('drafts an event with no place yet when the text names none', () => {
    const result = draft('Prices rose sharply on Tuesday, traders said.', '2021-10-18');
    expect(result.eventCount).toBe(1);
    expect(result.messages).toContain('No places were found in the text.');
  });

  it('lists relative dates as unresolved without a publication date', () => {
    const result = draft(
      'Talks will be held in Moscow on Tuesday. The war began in 2001 in Afghanistan.',
    );
    expect(result.messages.join(' ')).toContain("'Tuesday'");
    expect(result.annotations.times.find((t) => t.text === 'Tuesday')?.unresolved).toBe(true);
    expect(result.annotations.times.find((t) => t.text === '2001')?.value).toBe('2001');
  });

  it('drafts only the start of a 2 MB text, and says so', () => {
    const paragraph = 'Officials met in Moscow on Tuesday to discuss the border with Afghanistan. ';
    const text = paragraph.repeat(Math.ceil(2_000_000 / paragraph.length));
    const result = draft(text, '2021-10-18');
    expect(result.annotations.text.length).toBe(MAX_CHARS);
    expect(result.messages[0]).toContain('only the first');
  }, 60_000);

  it('keeps text that looks like code as plain text', () => {
    const text =
      'Officials met in Moscow on Tuesday. <script>globalThis.pwned = true</script> ${process.exit(1)}';
    const result = draft(text, '2021-10-18');
    expect(result.annotations.text).toBe(text);
    expect('pwned' in globalThis).toBe(false);
  });

  it('drafts empty text to an empty, valid story', () => {
    const result = draft('   ');
    expect(result.eventCount).toBe(0);
    expect(result.messages).toContain('The text is empty.');
  });

  it('refuses a malformed publication date with a message', () => {
    const result = draft('Officials met in Moscow on Tuesday.', '18/10/2021');
    expect(result.messages.join(' ')).toContain("'18/10/2021' is not a date");
  });

  it('writes a story time at one unit when a range mixes them', () => {
    const result = draft(
      'The study ran from August 2006 till September 9, 2007 in Hong Kong.',
      '2010-01-01',
    );
    const parsed = parseStory(result.story);
    expect(parsed.ok && parsed.problems).toEqual([]);
  });

  it('dates "Then …" after a year-only event at year precision', () => {
    const result = draft(
      'The war began in Afghanistan in 2001. Then the allies withdrew from Afghanistan.',
      '2021-10-18',
    );
    const parsed = parseStory(result.story);
    expect(parsed.ok && parsed.problems).toEqual([]);
    expect(result.eventCount).toBe(2);
  });
});
