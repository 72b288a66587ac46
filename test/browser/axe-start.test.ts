/**
 * axe-core over the start screen (`?library`), the draft dialog in each of its states (empty,
 * no text, pasted text, no events found, drafting, cancelled, and the drafted story it opens)
 * and the importer's field picker: at 360 and 1920 px, light, dark and right to left.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkState, LOOKS, openLook, SIZES, type Look } from './axe-run';
import { baseUrl, startChromium } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();
const CSTO = readFileSync('test/fixtures/csto-2021-article.raw.txt', 'utf8');
/** Long enough that the draft is still running when axe looks at its progress. */
const LONG = CSTO.repeat(Math.ceil(100_000 / CSTO.length)).slice(0, 100_000);

const feature = (first_seen: string, last_seen: string) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [24.1, 61.5] },
  properties: { first_seen, last_seen },
});
const TWO_DATES = {
  name: 'fires.geojson',
  mimeType: 'application/geo+json',
  buffer: Buffer.from(
    JSON.stringify({
      type: 'FeatureCollection',
      features: [feature('2021-03-01', '2021-03-04'), feature('2021-03-02', '2021-03-09')],
    }),
  ),
};

async function openStart(look: Look, viewport: { width: number; height: number }) {
  const page = await openLook(browser(), look, '?library', viewport);
  await page.getByRole('heading', { level: 1, name: look.m.app.yourStories }).waitFor();
  return page;
}

async function openDraftDialog(page: Page, look: Look) {
  await page.getByRole('button', { name: look.m.openers.draft }).click();
  const dialog = page.getByRole('dialog', { name: look.m.draft.title });
  await dialog.waitFor();
  return dialog;
}

describe.skipIf(!enabled)('accessibility (axe-core) of the start screen and drafting', () => {
  for (const look of LOOKS) {
    for (const size of SIZES) {
      it(`finds no violations in the draft dialog's states, ${look.name}, ${size.width} px`, async () => {
        const found: string[] = [];
        const { m } = look;
        const page = await openStart(look, size);
        await checkState(page, 'start screen', found);
        const dialog = await openDraftDialog(page, look);
        await checkState(page, 'draft dialog, empty', found);
        const submit = dialog.getByRole('button', { name: m.draft.submit });
        await submit.click();
        await dialog.getByText(m.draft.emptyText).waitFor();
        await checkState(page, 'draft dialog, no text', found);
        const text = dialog.getByRole('textbox', { name: m.draft.textLabel });
        await text.fill('A headline\n\nSeptember 17, 2008\n\nNothing much happens here.');
        await dialog
          .getByText(m.draft.publishedFromDateLine('September 17, 2008', false))
          .waitFor();
        await checkState(page, 'draft dialog, a date from the date line', found);
        await text.fill('Nothing much happens here.');
        await dialog.getByRole('combobox', { name: m.draft.languageLabel }).selectOption('ru');
        await checkState(page, 'draft dialog, pasted text', found);
        await submit.click();
        await dialog.getByText(m.draft.noEvents).waitFor();
        await checkState(page, 'draft dialog, no events', found);
        await text.fill(LONG);
        await submit.click();
        await dialog.getByRole('progressbar').waitFor();
        await checkState(page, 'draft dialog, drafting', found);
        await dialog.getByRole('button', { name: m.common.cancel }).click();
        await dialog.getByText(m.draft.cancelled).waitFor();
        await checkState(page, 'draft dialog, cancelled', found);
        await text.fill(CSTO);
        await dialog.getByRole('combobox', { name: m.draft.languageLabel }).selectOption('en');
        await dialog.getByLabel(m.draft.publishedLabel).fill('2021-10-18');
        await submit.click();
        await page.getByRole('toolbar', { name: m.editor.toolbar }).waitFor({ timeout: 60_000 });
        await page.waitForFunction(
          () => performance.getEntriesByName('dateline:map-ready').length > 0,
          null,
          { timeout: 60_000 },
        );
        await checkState(page, 'the drafted story in the editor', found);
        expect(found).toEqual([]);
        await page.close();
      }, 180_000);

      it(`finds no violations in the field picker, ${look.name}, ${size.width} px`, async () => {
        const found: string[] = [];
        const page = await openStart(look, size);
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: look.m.start.openFile }).click();
        await (await chooser).setFiles(TWO_DATES);
        await page.getByRole('dialog').waitFor();
        await checkState(page, 'field picker', found);
        expect(found).toEqual([]);
        await page.close();
      });
    }
  }
});
