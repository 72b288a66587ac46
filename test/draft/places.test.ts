import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/draft/places';
import { gazetteer } from './gazetteer-fixture';

function place(text: string, name: string) {
  const found = findPlaces(text, gazetteer()).find((p) => p.text === name);
  if (!found) throw new Error(`'${name}' not found in: ${text}`);
  return found;
}

describe('findPlaces', () => {
  it('reads Moscow as the Russian capital and names the other Moscows as alternatives', () => {
    const moscow = place('Russia said talks would be held in Moscow.', 'Moscow');
    expect([moscow.level, moscow.country]).toEqual(['city', 'RU']);
    expect(moscow.alternatives.join(' ')).toContain('United States');
  });

  it("reads no town in a company's name, but keeps the country or nationality it names", () => {
    const found = findPlaces(
      'Japanese automaker Toyota reported a 32% drop in US sales, and Honda sales dropped 28%. South Korean Hyundai Motor Company posted gains.',
      gazetteer(),
    ).map((p) => `${p.text}:${p.level}`);
    expect(found).toEqual(['Japanese:demonym', 'US:country', 'South Korean:demonym']);
    // The same names are places where nothing makes them companies.
    expect(place('The boy died in Toyota, Japan.', 'Toyota').country).toBe('JP');
  });

  it('gives a country an interior point and a radius that covers it', () => {
    const tj = place('Troops arrived in Tajikistan.', 'Tajikistan');
    expect([tj.level, tj.country]).toEqual(['country', 'TJ']);
    expect(tj.uncertaintyKm).toBeGreaterThan(200);
    expect(tj.lon).toBeGreaterThan(67);
    expect(tj.lon).toBeLessThan(75.2);
  });

  it('reads "the Tajik-Afghan border" as the shared border line', () => {
    const border = place('Drills were held near the Tajik-Afghan border.', 'Tajik-Afghan border');
    expect(border.level).toBe('border');
    const points = (border.line ?? []).flat();
    expect(points.length).toBeGreaterThan(10);
    expect(points.every(([lon, lat]) => lon > 67 && lon < 75.5 && lat > 36.5 && lat < 39)).toBe(
      true,
    );
  });

  it('prefers a state of a country the article names over a country of the same name', () => {
    const georgia = place(
      'In the United States, cases were found in Georgia and Texas.',
      'Georgia',
    );
    expect([georgia.level, georgia.country]).toEqual(['region', 'US']);
  });

  it('does not read a person as a place', () => {
    const names = findPlaces('Samir Kabulov spoke to Vladimir Putin.', gazetteer()).map(
      (p) => p.text,
    );
    expect(names).toEqual([]);
  });

  it('marks an adjective of a country as a demonym', () => {
    expect(place('A senior Russian official spoke.', 'Russian').level).toBe('demonym');
  });

  it('reads a town in the country named after it ("London, Ontario, Canada")', () => {
    expect(place('He lives in London, Ontario, Canada.', 'London').country).toBe('CA');
    expect(place('He lives in London.', 'London').country).toBe('GB');
  });

  it('reads "Washington state" as the state', () => {
    const washington = place('A farm in Washington state was closed.', 'Washington');
    expect([washington.level, washington.country]).toEqual(['region', 'US']);
  });
});
