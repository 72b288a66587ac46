/**
 * The editor in real Chromium (real IndexedDB): the shipped CSTO story is copied into the
 * library by "Edit a copy", a title changed in the editor is still there after a reload, and
 * no request leaves the page's origin; axe-core finds nothing wrong with the story settings or an
 * event's form. Screenshots of the editor at three sizes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, longestTask, openApp, startChromium, waitForMap } from './driver';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core's violations on the page, as "rule: where" (as test/browser/axe.test.ts runs it). */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<unknown> };
      }
    ).axe;
    const options = { rules: { 'label-content-name-mismatch': { enabled: true } } };
    const result = (await axe.run(document, options)) as {
      violations: { id: string; nodes: { target: string[] }[] }[];
    };
    return result.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
    );
  });
}

const enabled = baseUrl() !== '';
const browser = startChromium();
const NEW_TITLE = 'Drills on the Tajik–Afghan border, edited';

describe.skipIf(!enabled)('the editor in Chromium', () => {
  it('edits a copy of the CSTO story and keeps the change across a reload', async () => {
    const { page, errors, requests } = await openApp(browser(), '?story=csto-2021');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await page.getByRole('toolbar', { name: 'Editing' }).waitFor();
    expect(await page.evaluate(() => window.location.search)).toMatch(
      /^\?story=local:[a-z0-9]{12}&edit=1/,
    );
    const title = page.getByRole('textbox', { name: 'Story title' });
    await title.fill(NEW_TITLE);
    await page.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor();
    await page.getByRole('toolbar', { name: 'Editing' }).getByText('Saved').waitFor();
    for (const [width, height] of [
      [1920, 1080],
      [1024, 768],
      [360, 740],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `test-results/editor-${width}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Story title' }).inputValue()).toBe(NEW_TITLE);
    const origin = new URL(baseUrl()).origin;
    expect(requests.filter((url) => !/^(data|blob):/.test(url) && !url.startsWith(origin))).toEqual(
      [],
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);

  it('has no axe-core violations in the story settings or an event form', async () => {
    const { page } = await openApp(browser(), '?story=csto-2021');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await page.getByRole('toolbar', { name: 'Editing' }).waitFor();
    await page.waitForTimeout(400);
    expect(await violations(page)).toEqual([]);
    await page.locator('#events').getByRole('button').first().click();
    await page.getByRole('heading', { name: 'Edit event' }).waitFor();
    await page.waitForTimeout(400);
    expect(await violations(page)).toEqual([]);
    await page.close();
  }, 150_000);

  it('searches places in a worker: the page never stalls while the gazetteer builds', async () => {
    const { page, errors } = await openApp(browser(), '?story=csto-2021');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await page.getByRole('toolbar', { name: 'Editing' }).waitFor();
    await page.locator('#events').getByRole('button').first().click();
    await page.getByRole('heading', { name: 'Edit event' }).waitFor();
    // The form and the map settle first: what is watched is the search alone.
    await page.waitForTimeout(3000);
    const search = page.getByRole('search');
    const choices = page.locator('.editor__choices');
    const longest = await longestTask(page, async () => {
      await search.getByRole('textbox', { name: 'Search places' }).fill('Kherson');
      await search.getByRole('button', { name: 'Search places' }).click();
      await choices.getByRole('button').first().waitFor({ timeout: 30_000 });
    });
    // The town first, the region found by its short name after it, each once.
    const listed = await choices.getByRole('button').allTextContents();
    expect(listed.slice(0, 2).map((text) => text.replace(/^Use /, ''))).toEqual([
      'Kherson, UA (town)',
      'Kherson Oblast, UA (region)',
    ]);
    // Built on the page, the gazetteer held the main thread for 250-330 ms here (3 runs).
    console.log(`place search: longest main-thread task ${Math.round(longest)} ms`);
    expect(longest).toBeLessThan(150);
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);
});
