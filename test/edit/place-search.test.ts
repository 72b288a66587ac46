import { describe, expect, it } from 'vitest';
import { searchPlaces } from '../../src/edit/place-search';
import { gazetteer } from '../draft/gazetteer-fixture';

describe('searching the gazetteer for a place', () => {
  it('finds a capital as a point a few km wide', () => {
    const [first] = searchPlaces(gazetteer(), 'Dushanbe');
    expect(first).toMatchObject({ name: 'Dushanbe', country: 'TJ', kind: 'capital' });
    expect(first?.place.uncertaintyKm).toBe(5);
    const [lon = 0, lat = 0] =
      first?.place.geometry.type === 'Point' ? first.place.geometry.coordinates : [];
    expect(Math.abs(lon - 68.78)).toBeLessThan(0.2);
    expect(Math.abs(lat - 38.54)).toBeLessThan(0.2);
  });

  it('gives a country with a radius as wide as the country', () => {
    const country = searchPlaces(gazetteer(), 'Tajikistan').find(
      (choice) => choice.kind === 'country',
    );
    expect(country?.place.country).toBe('TJ');
    expect(country?.place.uncertaintyKm).toBeGreaterThan(100);
  });

  it('finds nothing for one letter, and at most the limit', () => {
    expect(searchPlaces(gazetteer(), 'K')).toEqual([]);
    expect(searchPlaces(gazetteer(), 'Ka', 3)).toHaveLength(3);
  });

  it('lists a place once, and a region found by its short name after the town', () => {
    const kherson = searchPlaces(gazetteer(), 'Kherson').map((c) => `${c.name}:${c.kind}`);
    expect(kherson).toEqual(['Kherson:town', 'Kherson Oblast:region']);
    expect(searchPlaces(gazetteer(), 'Khyber')[0]).toMatchObject({
      name: 'Khyber Pakhtunkhwa',
      kind: 'region',
      country: 'PK',
    });
  });
});
