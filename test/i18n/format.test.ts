import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFormatter } from '../../src/i18n/format';

const built = { numbers: 0, rules: 0, lists: 0 };

/** Counts the Intl objects built from here on (each spy keeps Intl's own object behind it). */
function countBuilt() {
  built.numbers = built.rules = built.lists = 0;
  const { NumberFormat, PluralRules, ListFormat } = Intl;
  // A spy's implementation that returns an object is what `new` gives back.
  vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (locales, options) {
    built.numbers += 1;
    return new NumberFormat(locales, options);
  });
  vi.spyOn(Intl, 'PluralRules').mockImplementation(function (locales, options) {
    built.rules += 1;
    return new PluralRules(locales, options);
  });
  vi.spyOn(Intl, 'ListFormat').mockImplementation(function (locales, options) {
    built.lists += 1;
    return new ListFormat(locales, options);
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createFormatter', () => {
  it('builds no Intl object until it formats something', () => {
    countBuilt();
    createFormatter('ru');
    expect(built).toEqual({ numbers: 0, rules: 0, lists: 0 });
  });

  it('builds each Intl object once, however often it is used', () => {
    countBuilt();
    const f = createFormatter('ru');
    const forms = { one: '# событие', few: '# события', many: '# событий', other: '# события' };
    expect([f.plural(3, forms), f.plural(5, forms), f.number(12000)]).toEqual([
      '3 события',
      '5 событий',
      '12\u00a0000',
    ]);
    expect(built).toEqual({ numbers: 1, rules: 1, lists: 0 });
  });

  it('joins a list in the locale only when asked', () => {
    countBuilt();
    const f = createFormatter('en');
    f.number(1);
    expect(built.lists).toBe(0);
    expect(f.list(['a', 'b', 'c'])).toBe('a, b, and c');
    expect(built.lists).toBe(1);
  });
});
