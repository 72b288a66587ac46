// A wire story's dateline says where and when it was filed, not where and when its news happened.
import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../src/draft/draft';
import { wireDatelineLength } from '../../src/draft/wire-dateline';
import { storySchema } from '../../src/story/story-schema';
import { gazetteer } from './gazetteer-fixture';

describe('wire datelines', () => {
  it.each([
    ['KYIV, Dec 5 (Reuters) - Russian drones struck', 'KYIV, Dec 5 (Reuters) - '],
    ['WASHINGTON (AP) — The Senate voted', 'WASHINGTON (AP) — '],
    ['BEIRUT, Lebanon (AP) — Israeli strikes hit', 'BEIRUT, Lebanon (AP) — '],
    [
      'DUSHANBE, Tajikistan, Oct. 18 (AFP) – Russia began',
      'DUSHANBE, Tajikistan, Oct. 18 (AFP) – ',
    ],
    ['NEW YORK, 18 October — Stocks fell', 'NEW YORK, 18 October — '],
    [
      'PESHAWAR, Pakistan, Aug. 17, 2025 (AP) — Flash floods killed',
      'PESHAWAR, Pakistan, Aug. 17, 2025 (AP) — ',
    ],
    ['LONDON, Nov 30, 2026 — Storm Bert brought', 'LONDON, Nov 30, 2026 — '],
  ])('finds the dateline of %j', (sentence, dateline) => {
    expect(sentence.slice(0, wireDatelineLength(sentence))).toBe(dateline);
  });

  it.each([
    'NATO said on Monday that drills would begin.',
    'The UN (United Nations) - said nothing.',
    'US officials (unnamed) - declined to comment.',
  ])('finds none in %j', (sentence) => {
    expect(wireDatelineLength(sentence)).toBe(0);
  });
});

describe('a wire story drafted', () => {
  function draft(text: string) {
    const result = draftArticle(text, gazetteer(), { published: '2026-12-05' });
    return storySchema.parse(result.story).events;
  }

  it('places and titles the lede by its news, not by the city it was filed from', () => {
    const [lede] = draft(
      'Drones hit power plant\n\nKYIV, Dec 5 (Reuters) - Russian drones struck a power plant in Lviv overnight, the regional governor said on Saturday.',
    );
    expect(lede?.place?.name).toBe('Lviv');
    expect(lede?.title).toBe('Russian drones struck a power plant in Lviv overnight');
    // The excerpt is still the sentence as written, dateline and all.
    expect(lede?.excerpts[0]?.quote).toMatch(/^KYIV, Dec 5 \(Reuters\) - Russian drones/);
  });

  it('falls back to the dateline city, and says so, when the lede names no other place', () => {
    const [lede] = draft(
      'Budget passes\n\nWASHINGTON (AP) — The Senate voted to pass the budget, ending a long fight.',
    );
    expect(lede?.title).toBe('The Senate voted to pass the budget, ending a long fight');
    expect(lede?.place?.name).toBe('Washington');
    const reasons = lede?.review?.reasons.map((reason) => reason.text).join(' ');
    expect(reasons).toContain('where the report was filed from; where it happened may differ');
  });
});
