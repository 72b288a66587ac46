/**
 * A drafted country is drawn as its outline, which can cover most of the map. In real Chromium:
 * while Place by click is on, the map's clicks go to the tool (not to the outline's event, nor to
 * the off-screen buttons over the map); a reader's click on the outline selects its event, and a
 * town's marker inside it stays the town's.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mercatorX, mercatorY } from '../../src/geo/mercator';
import { currentQuery, openApp, startChromium, baseUrl, waitForMap } from './driver';
import { draftText } from './draft-driver';

const enabled = baseUrl() !== '';
const browser = startChromium();

const ARTICLE = `Russian drills across the Arctic and Siberia

Russia began its largest naval drills in a decade on Tuesday, 12 October 2021, defence officials said.

Troops gathered in Novosibirsk on Wednesday for a parade.

Fiji sent observers to the drills, its government said on 14 October 2021.`;

const RUSSIA = 'russia-began-its-largest-naval-drills-in-a-decade-on-tuesday';
const NOVOSIBIRSK = 'troops-gathered-in-novosibirsk-on-wednesday-for-a-parade';
/** The camera the story is opened at: Siberia, with Fiji off the map's edge. */
const VIEW = { lon: 105, lat: 60, zoom: 3 };
/** Yakutia: inside Russia's outline, far from every marker. */
const YAKUTIA: [number, number] = [125, 65];
const NOVOSIBIRSK_AT: [number, number] = [82.935, 55.042];

/** Where a place is on the page, for the camera VIEW (512-pixel tiles, as MapLibre draws). */
async function pointOf(page: Page, [lon, lat]: [number, number]) {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  const world = 512 * 2 ** VIEW.zoom;
  return {
    x: box.x + box.width / 2 + (mercatorX(lon) - mercatorX(VIEW.lon)) * world,
    y: box.y + box.height / 2 + (mercatorY(lat) - mercatorY(VIEW.lat)) * world,
  };
}

async function openAt(page: Page, story: string, query: string) {
  const view = `${VIEW.lon},${VIEW.lat},${VIEW.zoom}`;
  await page.goto(`${baseUrl()}?story=${story}${query}&view=${view}`);
  await waitForMap(page);
}

describe.skipIf(!enabled)('a drafted country drawn as its outline, in Chromium', () => {
  it('leaves the clicks inside the outline to Place by click, and a reader’s click selects', async () => {
    const { page, errors } = await openApp(browser(), '?library', { width: 1920, height: 1080 });
    await draftText(page, ARTICLE, '2021-10-15', /Russian drills across the Arctic/);
    const story = /story=(local:[a-z0-9]{12})/.exec(await currentQuery(page))?.[1];
    if (!story) throw new Error('the draft was not kept');
    const map = page.getByRole('region', { name: 'Map of events' });
    const tools = page.getByRole('group', { name: 'Map tools' });
    const placed = tools.getByText(/placed on the map\. Undo takes it back\./);

    // A reader's click on the outline selects the country's event; the town inside stays the town's.
    await openAt(page, story, '');
    const inside = await pointOf(page, YAKUTIA);
    await page.mouse.click(inside.x, inside.y);
    await page.waitForFunction((id) => window.location.search.includes(`event=${id}`), RUSSIA);
    await openAt(page, story, '');
    const town = await pointOf(page, NOVOSIBIRSK_AT);
    await page.mouse.click(town.x, town.y);
    await page.waitForFunction((id) => window.location.search.includes(`event=${id}`), NOVOSIBIRSK);

    await openAt(page, story, `&edit=1&event=${NOVOSIBIRSK}`);
    const fiji = map.getByRole('button', { name: /Fiji/ });
    const fijiBox = await fiji.boundingBox();
    if (!fijiBox) throw new Error('no off-screen button for Fiji');
    await tools.getByRole('button', { name: 'Place by click' }).click();
    // The off-screen buttons lie over the map: while the tool is on, the map's clicks are its own.
    expect(await fiji.count()).toBe(0);
    await page.mouse.click(fijiBox.x + fijiBox.width / 2, fijiBox.y + fijiBox.height / 2);
    await placed.waitFor({ timeout: 10_000 });
    // Inside Russia's outline the click places the selected town's event; it selects nothing.
    await openAt(page, story, `&edit=1&event=${NOVOSIBIRSK}`);
    await tools.getByRole('button', { name: 'Place by click' }).click();
    const yakutia = await pointOf(page, YAKUTIA);
    await page.mouse.click(yakutia.x, yakutia.y);
    await placed.waitFor({ timeout: 10_000 });
    expect(await currentQuery(page)).toContain(`event=${NOVOSIBIRSK}`);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
