// A draft's title from pasted text: the first line when it reads as a headline, else "Untitled".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UNTITLED, draftTitle, headlineOf } from '../../src/draft/headline';

const CSTO = readFileSync('test/fixtures/csto-2021-article.raw.txt', 'utf8');

describe('a draft title from pasted text', () => {
  it('leaves the CSTO article untitled: its first line is the site menu glued to a cut-off teaser', () => {
    expect(draftTitle(CSTO, undefined)).toBe(UNTITLED);
  });

  it('takes a first line that reads as a headline', () => {
    const text =
      'Taliban delegation heads to Moscow for talks\n\nA high-ranking Taliban delegation is due to visit Moscow this week.';
    expect(draftTitle(text, undefined)).toBe('Taliban delegation heads to Moscow for talks');
  });

  it('keeps a headline that asks a question or names a brand', () => {
    expect(headlineOf('Can YouTube stop the spread of fake war footage?')).toBe(
      'Can YouTube stop the spread of fake war footage?',
    );
  });

  it('drops the site name after a bar', () => {
    expect(headlineOf('Russia leads drills near Afghan border | Eurasia Daily')).toBe(
      'Russia leads drills near Afghan border',
    );
  });

  it('refuses a first sentence, which ends with a full stop', () => {
    const text = 'Russia began exercises on Monday near the Afghan border, officials said.\nMore.';
    expect(draftTitle(text, undefined)).toBe(UNTITLED);
  });

  it('refuses a menu and a breadcrumb', () => {
    expect(headlineOf('Home News World Politics Business Sport')).toBeUndefined();
    expect(headlineOf('Home › World › Asia')).toBeUndefined();
    expect(headlineOf('NewsWorld Russia leads drills')).toBeUndefined();
  });

  it('refuses a whole paragraph on one line', () => {
    expect(headlineOf(`${'Troops gathered near the border '.repeat(6)}today`)).toBeUndefined();
  });

  it('prefers the title it is given, from the page', () => {
    expect(draftTitle(CSTO, '  Russia leads drills  ')).toBe('Russia leads drills');
  });
});
