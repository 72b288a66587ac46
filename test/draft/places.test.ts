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

  it('reads the states and provinces of any country, in the country the article names', () => {
    const read = (text: string, name: string) => {
      const found = place(text, name);
      return `${found.level}:${found.country}`;
    };
    expect(read('Floods hit Khyber Pakhtunkhwa, officials said.', 'Khyber Pakhtunkhwa')).toBe(
      'region:PK',
    );
    expect(read('Police in Xinjiang detained him.', 'Xinjiang')).toBe('region:CN');
    expect(read('Voters in Scotland went to the polls.', 'Scotland')).toBe('region:GB');
    expect(read('Shelling hit Kherson Oblast overnight.', 'Kherson Oblast')).toBe('region:UA');
    // One name, two countries' provinces: the article's country chooses.
    expect(read('Pakistan said floods in Punjab killed 20.', 'Punjab')).toBe('region:PK');
    expect(read('India said floods in Punjab killed 20.', 'Punjab')).toBe('region:IN');
  });

  it("reads a province's short name as the province only in context", () => {
    const found = (text: string) =>
      findPlaces(text, gazetteer()).map((p) => `${p.text}:${p.level}:${p.name}`);
    // The article names Afghanistan, and no Afghan town is called Helmand.
    expect(found('Afghan forces fought in Helmand.')).toEqual([
      'Afghan:demonym:Afghanistan',
      'Helmand:region:Helmand Province',
    ]);
    // Called a province, it is one, whatever the article names.
    expect(found('Fighting was reported in Zabul province.')).toEqual([
      'Zabul:region:Zabul Province',
    ]);
    // Kandahar and Kherson are cities too: the city, unless the article says the region.
    expect(found('Afghan forces entered Kandahar.')[1]).toBe('Kandahar:city:Kandahar');
    expect(found('Ukrainian forces entered the Kherson region.')[1]).toBe(
      'Kherson:region:Kherson Oblast',
    );
    expect(found('Ukrainian forces entered Kherson.')[1]).toBe('Kherson:city:Kherson');
    // With no country to say where, the short name is no place: "Rivers" is Rivers State only
    // in a Nigerian story, and "Zabul" alone is not enough to put a mark in Afghanistan.
    expect(found('Rivers flooded the valley.')).toEqual([]);
    expect(found('Fighting was reported in Zabul.')).toEqual([]);
    expect(found('Nigerian police said Rivers state was calm.')[1]).toBe(
      'Rivers:region:Rivers State',
    );
  });

  it('reads "the Kharkiv and Odesa regions" as two regions, each in its seat\'s spelling', () => {
    const found = findPlaces(
      'Ukrainian officials said drones hit the Kharkiv and Odesa regions and Zaporizhzhia.',
      gazetteer(),
    ).map((p) => `${p.text}:${p.level}:${p.name}`);
    expect(found).toEqual([
      'Ukrainian:demonym:Ukraine',
      'Kharkiv:region:Kharkiv Oblast',
      'Odesa:region:Odessa Oblast',
      'Zaporizhzhia:city:Zaporizhzhia',
    ]);
  });

  it("reads a small town's other name only in the countries the article names", () => {
    const found = (text: string) => findPlaces(text, gazetteer()).map((p) => `${p.text}:${p.name}`);
    // GeoNames gives Cumberland, Maryland the other name "Cumbria".
    expect(found('Britain was hit by floods. In Cumbria, roads were closed.')).toEqual([
      'Britain:United Kingdom',
    ]);
    // A big town's other name is read anywhere: "Kiev" in a story that names only Russia.
    expect(found('Russia said its drones hit Kiev.')).toEqual([
      'Russia:Russian Federation',
      'Kiev:Kyiv',
    ]);
  });

  it('reads a town that ends its sentence, and no storm as a town', () => {
    const found = (text: string) => findPlaces(text, gazetteer()).map((p) => `${p.text}:${p.name}`);
    // "Miami." before "President" was taken for part of a longer name and dropped.
    expect(found('Forecasters spoke in Miami. President Biden flew in.')).toEqual(['Miami:Miami']);
    expect(found('Hurricane winds hit the coast.')).toEqual([]);
  });

  it('names a town as the article spells it when that is its own name, written plainer', () => {
    const named = (text: string) => findPlaces(text, gazetteer()).map((p) => p.name);
    expect(named('Palestinian officials said Rafah and Jenin were hit.')).toEqual([
      'State of Palestine',
      'Rafah',
      'Jenin',
    ]);
    expect(named('The storm made landfall near Acapulco.')).toEqual(['Acapulco']);
    // Another name, or a dateline's capitals, give way to the gazetteer's.
    expect(named('Russia said its drones hit Kiev.')).toEqual(['Russian Federation', 'Kyiv']);
    expect(place('ACAPULCO, Mexico — Rain fell.', 'ACAPULCO').name).toBe('Acapulco de Juárez');
    expect(place('Israeli strikes hit Rafah.', 'Rafah').reason).toContain('Rafaḩ, a town of');
  });
});
