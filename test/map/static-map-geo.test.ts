// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHandoutGeo, type GeoFileReader } from '../../src/map/static-map-geo';

/** The real files of public/geo/, as the page would fetch them. */
const publicGeo: GeoFileReader = async (file) =>
  JSON.parse(readFileSync(new URL(`../../public/geo/${file}`, import.meta.url), 'utf8'));

const CSTO = {
  focusCountries: ['TJ', 'AF'],
  borders: [{ countries: ['AF', 'TJ'] as [string, string], label: 'Panj' }],
};

describe('the handout basemap', () => {
  it('sets apart the story’s focus countries, in the order the story names them', async () => {
    const geo = await loadHandoutGeo(publicGeo, CSTO);
    expect(geo.focus.map(({ iso2, order }) => [iso2, order])).toEqual(
      expect.arrayContaining([
        ['TJ', 0],
        ['AF', 1],
      ]),
    );
    expect(geo.focus).toHaveLength(2);
  });

  it('draws only the borders the story highlights', async () => {
    const geo = await loadHandoutGeo(publicGeo, CSTO);
    expect(geo.border).toHaveLength(1);
    const none = await loadHandoutGeo(publicGeo, { focusCountries: [], borders: [] });
    expect(none.border).toEqual([]);
    expect(none.focus).toEqual([]);
  });

  it('names focus countries first, and the whole world is there to frame any story', async () => {
    const geo = await loadHandoutGeo(publicGeo, CSTO);
    expect(
      geo.labels
        .filter((label) => label.kind === 'country')
        .slice(0, 2)
        .map((label) => label.name)
        .sort(),
    ).toEqual(['Afghanistan', 'Tajikistan']);
    expect(geo.extent[0]).toBeLessThan(-170);
    expect(geo.extent[2]).toBeGreaterThan(170);
  });

  it('orders names as the live map places them: countries, then towns, the story’s and capitals first', async () => {
    const geo = await loadHandoutGeo(publicGeo, CSTO);
    const kinds = geo.labels.map(({ kind }) => kind);
    expect(kinds.lastIndexOf('country')).toBeLessThan(kinds.indexOf('city'));
    const towns = geo.labels.filter(({ kind }) => kind === 'city');
    expect(towns.findIndex(({ strong }) => !strong)).toBe(towns.filter((t) => t.strong).length);
    const named = (name: string) => geo.labels.find((label) => label.name === name);
    expect(named('Tajikistan')).toMatchObject({ strong: true, minZoom: 0 });
    expect(named('Uzbekistan')).toMatchObject({ strong: false });
    // A capital from zoom 3, as the live map's filter has it (basemap-label-rules.test.ts).
    expect(named('Dushanbe')).toMatchObject({ kind: 'city', strong: true, minZoom: 3 });
  });

  it('names a border the story names first, halfway along it', async () => {
    const geo = await loadHandoutGeo(publicGeo, CSTO);
    const [first] = geo.labels;
    expect(first).toMatchObject({ name: 'Panj', kind: 'border' });
    // On the Panj, between Tajikistan and Afghanistan.
    const [lon = 0, lat = 0] = first?.position ?? [];
    expect(lon).toBeGreaterThan(67.5);
    expect(lon).toBeLessThan(75);
    expect(lat).toBeGreaterThan(36.5);
    expect(lat).toBeLessThan(38.5);
    const unnamed = await loadHandoutGeo(publicGeo, {
      ...CSTO,
      borders: [{ countries: ['AF', 'TJ'] }],
    });
    expect(unnamed.labels.filter(({ kind }) => kind === 'border')).toEqual([]);
  });

  it('says which file is wrong when one is not GeoJSON', async () => {
    const broken: GeoFileReader = async (file) =>
      file === 'labels.geojson' ? {} : publicGeo(file);
    await expect(loadHandoutGeo(broken, CSTO)).rejects.toThrow('labels.geojson');
  });
});
