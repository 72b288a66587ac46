import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../src/i18n/load-messages';

describe('the message catalogue', () => {
  it('uses each language’s plural forms and digits', async () => {
    const en = await loadMessages('en');
    const ru = await loadMessages('ru');
    const fa = await loadMessages('fa');
    expect([en.common.events(1), en.common.events(3)]).toEqual(['1 event', '3 events']);
    expect([ru.common.events(1), ru.common.events(3), ru.common.events(5)]).toEqual([
      '1 событие',
      '3 события',
      '5 событий',
    ]);
    expect(fa.common.events(3)).toBe('۳ رویداد');
  });
});
