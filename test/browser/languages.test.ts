/**
 * The interface in Russian and Persian in real Chromium: the page's language and direction, a
 * mirrored layout for Persian that still fits a phone, and a timeline that runs left to right in
 * both. Screenshots go to test-results/.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
// The English words of every part, registered as the parts would register them when they load.
import '../fixtures/every-area';
import { loadMessages } from '../../src/i18n/load-messages';
import type { Locale } from '../../src/i18n/locale';
import { baseUrl, openApp, startChromium, waitForMap } from './driver';
import { storyStrings } from '../fixtures/story-strings';

const enabled = baseUrl() !== '';
const browser = startChromium();

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** The window's start and end sliders, named in the interface's language. */
const SLIDERS = {
  ru: { start: 'Начало окна', end: 'Конец окна' },
  fa: { start: 'آغاز پنجره', end: 'پایان پنجره' },
} as const;

async function sliderX(page: Page, name: string): Promise<number> {
  const box = await page.getByRole('slider', { name, exact: true }).boundingBox();
  if (!box) throw new Error(`no slider named ${name}`);
  return box.x;
}

describe.skipIf(!enabled)('the interface in Russian and Persian', () => {
  for (const [lang, dir] of [
    ['ru', 'ltr'],
    ['fa', 'rtl'],
  ] as const) {
    it(`sets lang=${lang} and dir=${dir} on the page`, async () => {
      const { page } = await openApp(browser(), `?lang=${lang}`, DESKTOP);
      await waitForMap(page);
      const html = await page.evaluate(() => [
        document.documentElement.lang,
        getComputedStyle(document.body).direction,
      ]);
      expect(html).toEqual([lang, dir]);
      await page.close();
    });

    it(`draws the map's labels unmirrored in ${lang}`, async () => {
      const { page } = await openApp(browser(), `?lang=${lang}`, DESKTOP);
      // MapLibre draws each label glyph on an OffscreenCanvas whose text direction is the
      // document element's: a right-to-left one drew "(" as ")" in the story's border label.
      const same = await page.evaluate(() => {
        const draw = (direction?: CanvasDirection) => {
          const context = new OffscreenCanvas(32, 32).getContext('2d');
          if (!context) throw new Error('no 2D context');
          if (direction) context.direction = direction;
          context.font = '24px sans-serif';
          context.fillText('(', 4, 26);
          return context.getImageData(0, 0, 32, 32).data.join(',');
        };
        return draw() === draw('ltr');
      });
      expect(same).toBe(true);
      await page.close();
    });

    it(`fits a 360 px phone without sideways scrolling in ${lang}`, async () => {
      const { page } = await openApp(browser(), `?lang=${lang}`, PHONE);
      await waitForMap(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/languages-${lang}-360.png` });
      await page.close();
    });

    it(`keeps the timeline running left to right in ${lang}`, async () => {
      const { page, errors } = await openApp(browser(), `?lang=${lang}`, DESKTOP);
      await waitForMap(page);
      const names = SLIDERS[lang];
      expect(await sliderX(page, names.start)).toBeLessThan(await sliderX(page, names.end));
      // The left arrow moves the window's end earlier, as in English: keys follow the axis.
      const end = page.getByRole('slider', { name: names.end, exact: true });
      const before = Number(await end.getAttribute('aria-valuenow'));
      await end.focus();
      await page.keyboard.press('ArrowLeft');
      await expect
        .poll(async () => Number(await end.getAttribute('aria-valuenow')))
        .toBeLessThan(before);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('mirrors the layout in Persian: the side panel moves to the left', async () => {
    const { page } = await openApp(browser(), '?lang=fa&event=csto-exercises', DESKTOP);
    await waitForMap(page);
    const [side, stage] = await Promise.all(
      ['.app__side', '.app__stage'].map((selector) => page.locator(selector).boundingBox()),
    );
    expect(side?.x ?? 0).toBeLessThan(stage?.x ?? 0);
    await page.screenshot({ path: 'test-results/languages-fa-1280.png' });
    await page.close();
  });
});

/** A TimelineJS file whose import notes three events: media dropped, a bad year, no headline. */
const NOTED_IMPORT = {
  name: 'noted-timeline.json',
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify({
      title: { text: { headline: 'Noted timeline' } },
      events: [
        { start_date: { year: 2020 }, text: { headline: 'Kept' }, media: { url: 'photo.jpg' } },
        { start_date: { year: 'soon' }, text: { headline: 'Bad year' } },
        { start_date: { year: 2021 }, text: { text: 'Only some text here' } },
      ],
    }),
  ),
};

/**
 * Words that are the same in every language: the file's own (its name, a cell, the words of its
 * slides), names of formats and tools, and key caps printed in Latin letters on every keyboard.
 */
const SAME_EVERYWHERE = [
  'noted-timeline.json',
  'Noted timeline',
  'Only some text here',
  'Bad year',
  'Kept',
  'soon',
  'TimelineJS',
  'Dateline',
  'GeoNames',
  'Natural Earth',
  'CC BY',
  'Page Down',
  'Page Up',
  'Shift',
  'Enter',
  'Esc',
  'Home',
  'End',
];

/** What a part of the page says (text, accessible names, tooltips) with English words left. */
async function englishLeft(page: Page, selector: string, own: readonly string[]) {
  const texts = await page.evaluate((selector) => {
    const found: string[] = [];
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Place names drawn on the maps are the basemap's data (GeoNames), not the interface.
        // <noscript> is not shown when scripts run.
        if (node.parentElement?.closest('svg, noscript')) continue;
        if (node.textContent?.trim()) found.push(node.textContent.trim());
      }
      for (const element of root.querySelectorAll('*')) {
        for (const name of ['aria-label', 'title', 'aria-valuetext', 'placeholder', 'alt']) {
          const value = element.getAttribute(name);
          if (value) found.push(value);
        }
      }
    }
    return found;
  }, selector);
  const words = [...own, ...SAME_EVERYWHERE].sort((a, b) => b.length - a.length);
  return texts
    .map((text) => words.reduce((rest, word) => rest.replaceAll(word, ''), text))
    .filter((text) => /[A-Za-z]{3}/.test(text));
}

/** Opens the noted import from the start screen and returns the notice about it. */
async function importWithNotes(lang: Locale, viewport = DESKTOP) {
  const { page, errors } = await openApp(browser(), `?library&lang=${lang}`, viewport);
  const { start } = await loadMessages(lang);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: start.openFile }).click();
  await (await chooser).setFiles(NOTED_IMPORT);
  const notice = page.locator('.notice').filter({ hasText: 'TimelineJS' }).first();
  await notice.waitFor();
  expect(await notice.locator('li').count()).toBe(3);
  return { page, errors, notice };
}

describe.skipIf(!enabled)('an import’s notes and the presenter view in Russian and Persian', () => {
  for (const lang of ['ru', 'fa'] as const) {
    it(`words an import's row notes in ${lang}`, async () => {
      const { page, errors } = await importWithNotes(lang);
      expect(await englishLeft(page, '.notice', [])).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`shows the presenter view and its keys in ${lang}`, async () => {
      const { page, errors } = await openApp(browser(), `?mode=presenter&lang=${lang}`, DESKTOP);
      const { present } = await loadMessages(lang);
      await page
        .getByRole('heading', { level: 1, name: new RegExp(present.presenterView) })
        .waitFor();
      await page.getByRole('button', { name: present.keys, exact: true }).click();
      await page.getByRole('dialog', { name: present.keys }).waitFor();
      const story = storyStrings(JSON.parse(readFileSync('public/stories/csto-2021.json', 'utf8')));
      expect(await englishLeft(page, 'body', story)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('finds English in the English notes and presenter view, so the scan can fail', async () => {
    const { page, notice } = await importWithNotes('en');
    expect(await notice.locator('li').count()).toBe(3);
    expect((await englishLeft(page, '.notice', [])).length).toBeGreaterThanOrEqual(3);
    await page.close();
    const presenter = await openApp(browser(), '?mode=presenter&lang=en', DESKTOP);
    await presenter.page.getByRole('button', { name: 'Keys', exact: true }).click();
    const story = storyStrings(JSON.parse(readFileSync('public/stories/csto-2021.json', 'utf8')));
    expect((await englishLeft(presenter.page, 'body', story)).length).toBeGreaterThan(10);
    await presenter.page.close();
  });
});
