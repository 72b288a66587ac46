/** The library's failures are worded from their kind in each language, keeping the names given. */
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../src/i18n/load-messages';
import type { Locale } from '../../src/i18n/locale';
import { englishMessages } from '../fixtures/every-area';

describe('the library failures’ words', () => {
  it('say in English that private windows and turned-off site data keep nothing', () => {
    expect(englishMessages.library.error({ kind: 'unavailable' })).toBe(
      'This browser is not letting Dateline keep stories (a private window, or site data turned off).',
    );
  });

  it.each<Locale>(['en', 'ru', 'fa'])(
    'quote the browser’s own detail as it is in %s',
    async (locale) => {
      const { library } = await loadMessages(locale);
      const detail = 'UnknownError: backing store';
      expect(library.error({ kind: 'failed', detail })).toContain(detail);
      expect(library.error({ kind: 'failed' })).not.toContain('(');
    },
  );

  it.each<Locale>(['en', 'ru', 'fa'])('name the story that is not kept in %s', async (locale) => {
    const { library } = await loadMessages(locale);
    expect(library.error({ kind: 'missing', story: 'Quake in Chile' })).toContain('Quake in Chile');
    expect(library.error({ kind: 'not-json', title: 'Odd' })).toContain('Odd');
  });
});
