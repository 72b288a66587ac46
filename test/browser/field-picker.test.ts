/**
 * The field picker in real Chromium (a real modal <dialog>): a GeoJSON file with two date
 * properties asks which is the time; Cancel gives focus back; a choice opens the story.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, openApp, startChromium } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();

const feature = (first_seen: string, last_seen: string, label: string) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [24.1, 61.5] },
  properties: { first_seen, last_seen, label },
});
const FIRES = {
  name: 'fires.geojson',
  mimeType: 'application/geo+json',
  buffer: Buffer.from(
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        feature('2021-03-01', '2021-03-04', 'Fire A'),
        feature('2021-03-02', '2021-03-09', 'Fire B'),
      ],
    }),
  ),
};

describe.skipIf(!enabled)('the field picker in Chromium', () => {
  it('asks which property is the time, and opens the story with the choice', async () => {
    const { page, errors } = await openApp(browser(), '?library');
    await page.getByRole('heading', { level: 1, name: 'Your stories' }).waitFor();
    const open = page.getByRole('button', { name: 'Open a story file…' });
    const pickFires = async () => {
      const chooser = page.waitForEvent('filechooser');
      await open.click();
      await (await chooser).setFiles(FIRES);
    };
    const dialog = page.getByRole('dialog', { name: 'Which properties to use?' });

    await pickFires();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await open.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => window.location.search)).toBe('?library');

    await pickFires();
    const time = dialog.getByRole('combobox', { name: 'The time' });
    expect(await time.evaluate((element) => element === document.activeElement)).toBe(true);
    await time.selectOption('first_seen');
    await dialog.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('heading', { level: 1, name: 'fires.geojson' }).waitFor();
    await page.getByRole('list', { name: 'Events' }).getByText('Fire B').first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
