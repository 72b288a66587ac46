import { describe, expect, it } from 'vitest';
import {
  countryName,
  formatPublished,
  formatUncertainty,
  placeLabel,
} from '../../src/panels/citation-text';

describe('formatPublished', () => {
  it('writes a day in words', () => {
    expect(formatPublished('2021-10-18')).toBe('18 October 2021');
  });

  it('writes a month without inventing a day', () => {
    expect(formatPublished('2020-05')).toBe('May 2020');
  });

  it('gives nothing when there is no date', () => {
    expect(formatPublished(undefined)).toBeUndefined();
  });
});

describe('countryName', () => {
  it('names a country from its ISO code', () => {
    expect(countryName('TJ')).toBe('Tajikistan');
  });
});

describe('formatUncertainty', () => {
  it('writes kilometres with a plus-minus', () => {
    expect(formatUncertainty(25)).toBe('± 25 km');
  });

  it('says nothing for an exact place', () => {
    expect(formatUncertainty(0)).toBeUndefined();
  });
});

describe('placeLabel', () => {
  it('adds the country to a place name', () => {
    expect(placeLabel('Kulob', 'TJ')).toBe('Kulob, Tajikistan');
  });

  it('does not repeat a country the name already says', () => {
    expect(placeLabel('Afghanistan', 'AF')).toBe('Afghanistan');
    expect(placeLabel('Harb-Maidon, Khatlon region, Tajikistan', 'TJ')).toBe(
      'Harb-Maidon, Khatlon region, Tajikistan',
    );
  });

  it('is the name alone without a country', () => {
    expect(placeLabel('Moscow and Dushanbe', undefined)).toBe('Moscow and Dushanbe');
  });
});
