/**
 * Presenting, in real Chromium: the whole story stepped through from the keyboard with the step
 * in the URL, a link that resumes, 16:9 and 4:3 screens, the presenter view kept in step both
 * ways, blanking, and the printed handout. Screenshots and the PDF go to test-results/.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { baseUrl, currentQuery, openApp, startChromium } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();

const shippedSteps = z.object({
  events: z.array(z.object({ id: z.string(), title: z.string() })),
  steps: z.array(z.object({ event: z.string() })),
});

/** The default story's step titles, in order, read from the shipped file. */
function stepTitles(): string[] {
  const { events, steps } = shippedSteps.parse(
    JSON.parse(readFileSync('public/stories/csto-2021.json', 'utf8')),
  );
  return steps.map((step) => events.find((event) => event.id === step.event)?.title ?? '?');
}

const FULL_HD = { width: 1920, height: 1080 };
const FOUR_THREE = { width: 1024, height: 768 };

const card = (page: Page) => page.getByRole('article');
const cardTitle = (page: Page) => card(page).getByRole('heading', { level: 2 }).textContent();
const presenterNow = (page: Page) =>
  page.getByRole('region', { name: /^Now/ }).getByRole('heading', { level: 3 }).textContent();

async function openPresentation(query = '', viewport = FULL_HD) {
  const opened = await openApp(browser(), `?mode=present${query}`, viewport);
  await expect.poll(() => card(opened.page).count(), { timeout: 30_000 }).toBe(1);
  return opened;
}

describe.skipIf(!enabled)('presenting in Chromium', () => {
  it('steps through the whole story from the keyboard, the step in the URL', async () => {
    const titles = stepTitles();
    const { page, requests, errors } = await openPresentation();
    for (const [index, title] of titles.entries()) {
      if (index > 0) await page.keyboard.press('ArrowRight');
      await expect.poll(() => cardTitle(page)).toBe(title);
      await expect
        .poll(() => currentQuery(page), { timeout: 5_000 })
        .toMatch(new RegExp(`[?&]step=${index + 1}(&|$)`));
      if (index === 0) await page.screenshot({ path: 'test-results/present-1920-step1.png' });
    }
    // Past the last step, nothing moves.
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(400);
    expect(await cardTitle(page)).toBe(titles.at(-1));
    expect(await currentQuery(page)).toMatch(new RegExp(`step=${titles.length}(&|$)`));
    await page.screenshot({ path: 'test-results/present-1920-last.png' });
    const origin = new URL(baseUrl()).origin;
    expect(requests.filter((url) => !/^(data|blob):/.test(url) && !url.startsWith(origin))).toEqual(
      [],
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('goes back, and to the first and last steps', async () => {
    const titles = stepTitles();
    const { page } = await openPresentation('&step=3');
    await expect.poll(() => cardTitle(page)).toBe(titles[2]);
    await page.keyboard.press('PageUp');
    await expect.poll(() => cardTitle(page)).toBe(titles[1]);
    await page.keyboard.press('End');
    await expect.poll(() => cardTitle(page)).toBe(titles.at(-1));
    await page.keyboard.press('Home');
    await expect.poll(() => cardTitle(page)).toBe(titles[0]);
    await page.close();
  });

  it('resumes from a link at the step it names', async () => {
    const { page } = await openPresentation('&step=12');
    await expect.poll(() => cardTitle(page)).toBe(stepTitles()[11]);
    await page.close();
  });

  it('fits a 4:3 screen: the whole card and the map, large type', async () => {
    const { page } = await openPresentation('&step=13', FOUR_THREE);
    await expect.poll(() => cardTitle(page)).toBe(stepTitles()[12]);
    await page.waitForSelector('[data-map-ready]', { timeout: 60_000 });
    const sizes = await page.evaluate(() => {
      const article = document.querySelector('article');
      const quote = article?.querySelector('blockquote');
      const title = article?.querySelector('h2');
      const map = document.querySelector('[aria-label="Map of events"]');
      return {
        overflow: article ? article.scrollHeight - article.clientHeight : -1,
        quote: quote ? parseFloat(getComputedStyle(quote).fontSize) : 0,
        title: title ? parseFloat(getComputedStyle(title).fontSize) : 0,
        map: map?.getBoundingClientRect().height ?? 0,
        page: document.documentElement.scrollHeight - window.innerHeight,
      };
    });
    expect(sizes.overflow).toBeLessThanOrEqual(1);
    expect(sizes.page).toBeLessThanOrEqual(0);
    expect(sizes.quote).toBeGreaterThanOrEqual(32);
    expect(sizes.title).toBeGreaterThanOrEqual(40);
    expect(sizes.map).toBeGreaterThanOrEqual(150);
    await page.screenshot({ path: 'test-results/present-1024x768.png' });
    await page.close();
  });

  it('keeps a presenter window in step with the audience screen, both ways', async () => {
    const titles = stepTitles();
    const context = await browser().newContext({ viewport: FULL_HD });
    const audience = await context.newPage();
    await audience.goto(`${baseUrl()}?mode=present`);
    await expect.poll(() => cardTitle(audience), { timeout: 30_000 }).toBe(titles[0]);
    const presenter = await context.newPage();
    await presenter.setViewportSize({ width: 1280, height: 800 });
    await presenter.goto(`${baseUrl()}?mode=presenter`);
    await expect
      .poll(() => presenter.getByText('Linked to the audience screen').count(), {
        timeout: 30_000,
      })
      .toBe(1);
    await expect.poll(() => presenterNow(presenter)).toBe(titles[0]);

    await audience.keyboard.press('ArrowRight');
    await expect.poll(() => presenterNow(presenter)).toBe(titles[1]);
    const next = presenter.getByRole('region', { name: /^Next/ });
    await expect.poll(() => next.textContent()).toContain(titles[2]);

    await presenter.getByRole('button', { name: /Next/ }).click();
    await expect.poll(() => cardTitle(audience)).toBe(titles[2]);
    await expect.poll(() => presenterNow(presenter)).toBe(titles[2]);
    await presenter.screenshot({ path: 'test-results/presenter-1280.png' });

    // The presenter blanks the room's screen; any key there brings it back.
    await presenter.keyboard.press('b');
    await expect.poll(() => audience.getByTestId('blank-screen').count()).toBe(1);
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => audience.getByTestId('blank-screen').count()).toBe(0);
    expect(await cardTitle(audience)).toBe(titles[2]);
    await context.close();
  });

  it('blanks the screen on the clicker’s "." and returns on any key', async () => {
    const { page } = await openPresentation();
    await page.keyboard.press('.');
    await expect.poll(() => page.getByTestId('blank-screen').isVisible()).toBe(true);
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByTestId('blank-screen').count()).toBe(0);
    expect(await cardTitle(page)).toBe(stepTitles()[0]);
    await page.close();
  });

  it('prints a handout with one page per step', async () => {
    const titles = stepTitles();
    const { page } = await openPresentation();
    // The handout's basemap arrives in the background, as it does while a presenter talks.
    await page.waitForSelector('[data-handout-ready]', { timeout: 30_000 });
    const pdf = await page.pdf({
      path: 'test-results/present-handout.pdf',
      preferCSSPageSize: true,
    });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(titles.length);
    // Drawn for print, hidden on screen: read from the document, not the accessibility tree.
    const handout = page.locator('[aria-label="Printed handout"]');
    expect(await handout.locator('h2').allTextContents()).toEqual(titles);
    expect(await handout.locator('svg path').count()).toBeGreaterThan(titles.length * 3);
    await page.close();
  });

  it('prints the handout light from a dark page, a guess note in ink on white', async () => {
    const page = await browser().newPage({ viewport: FULL_HD });
    // The first step made a machine's guess, so its page carries the guess note.
    await page.route('**/stories/csto-2021.json', async (route) => {
      const response = await route.fetch();
      const story = z
        .object({ events: z.array(z.record(z.string(), z.unknown())) })
        .passthrough()
        .parse(await response.json());
      const [first, ...rest] = story.events;
      const review = { status: 'guess', reasons: [{ field: 'place', text: 'From the region' }] };
      await route.fulfill({
        response,
        json: { ...story, events: [{ ...first, review }, ...rest] },
      });
    });
    await page.goto(`${baseUrl()}?mode=present&theme=dark`);
    await page.waitForSelector('[data-handout-ready]', { timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const note = page.locator('.handout .guess-note').first();
    await note.waitFor({ state: 'attached' });
    const paints = await note.evaluate((section) => {
      const style = (selector: string) => {
        const found = section.querySelector(selector);
        return found ? getComputedStyle(found) : undefined;
      };
      return {
        box: getComputedStyle(section).backgroundColor,
        words: style('.guess-note__intro')?.color,
        badge: style('.guess-badge')?.color,
      };
    });
    // theme.css's light values: --warning-bg, --text and --warning.
    expect(paints).toEqual({
      box: 'rgb(255, 247, 224)',
      words: 'rgb(29, 32, 36)',
      badge: 'rgb(122, 80, 0)',
    });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.close();
  });
});
