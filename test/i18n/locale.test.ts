import { describe, expect, it } from 'vitest';
import { directionOf, pickLocale } from '../../src/i18n/locale';

describe('pickLocale', () => {
  it('takes the link’s lang over the browser’s languages', () => {
    expect(pickLocale('ru', ['fa-IR', 'en-US'])).toBe('ru');
  });

  it('falls back to the first browser language it has, by base language', () => {
    expect(pickLocale(undefined, ['de-DE', 'ru-RU', 'en'])).toBe('ru');
  });

  it('serves Dari readers the Persian catalogue', () => {
    expect(pickLocale('prs', [])).toBe('fa');
  });

  it('gives English when nothing matches', () => {
    expect(pickLocale('xx', ['de'])).toBe('en');
  });
});

describe('directionOf', () => {
  it('is right to left for Persian only', () => {
    expect(directionOf('fa')).toBe('rtl');
    expect(directionOf('ru')).toBe('ltr');
  });
});
