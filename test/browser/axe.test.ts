/**
 * axe-core over every mode and theme, with an event selected and with each dialog open: no
 * rule is switched off, and every violation fails the test with where it is.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, openApp, startChromium, waitForMap } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Case {
  readonly name: string;
  readonly query: string;
  readonly viewport?: { width: number; height: number };
  /** What a reader does before the page is checked (opens a dialog, the legend…). */
  readonly act?: (page: Page) => Promise<void>;
  /** Presentations have no event map-ready wait of their own: the card is enough. */
  readonly map?: boolean;
}

const openDialog = (name: string) => async (page: Page) => {
  await page.getByRole('button', { name }).first().click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(400);
};

const CASES: readonly Case[] = [
  { name: 'app, light', query: '' },
  { name: 'app, dark', query: '?theme=dark' },
  { name: 'app, an event selected', query: '?event=csto-exercises' },
  { name: 'app, dark, an event selected', query: '?theme=dark&event=csto-exercises' },
  {
    name: 'app on a phone, an event selected',
    query: '?event=csto-exercises',
    viewport: { width: 360, height: 740 },
  },
  {
    name: 'app, the article reader open',
    query: '?event=csto-exercises',
    act: openDialog('Read in the article'),
  },
  {
    name: 'app, dark, the article reader open',
    query: '?theme=dark&event=csto-exercises',
    act: openDialog('Read in the article'),
  },
  { name: 'app, the embed dialog open', query: '', act: openDialog('Embed') },
  { name: 'app, dark, the embed dialog open', query: '?theme=dark', act: openDialog('Embed') },
  {
    name: 'app, the legend open',
    query: '',
    act: async (page) => page.getByRole('button', { name: 'Legend' }).click(),
  },
  { name: 'embed, light', query: '?mode=embed' },
  { name: 'embed, dark, an event selected', query: '?mode=embed&theme=dark&event=csto-exercises' },
  { name: 'present, light', query: '?mode=present&step=2', map: false },
  { name: 'present, dark', query: '?mode=present&step=2&theme=dark', map: false },
  {
    name: 'present, the keys open',
    query: '?mode=present&step=2',
    map: false,
    act: async (page) => page.keyboard.press('?'),
  },
  {
    name: 'app in Persian (right to left), an event selected',
    query: '?lang=fa&event=csto-exercises',
  },
  {
    name: 'app in Persian, the legend open',
    query: '?lang=fa',
    act: async (page) => page.getByRole('button', { name: 'راهنما' }).click(),
  },
  {
    name: 'app in Persian, the article reader open',
    query: '?lang=fa&event=csto-exercises',
    act: openDialog('خواندن در مقاله'),
  },
  { name: 'embed in Persian', query: '?mode=embed&lang=fa' },
  { name: 'present in Persian', query: '?mode=present&step=2&lang=fa', map: false },
  { name: 'presenter, light', query: '?mode=presenter&step=2', map: false },
  { name: 'presenter, dark', query: '?mode=presenter&step=2&theme=dark', map: false },
];

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<unknown> };
      }
    ).axe;
    // Every default rule, plus the experimental name-versus-label rule the audit found failing.
    const options = { rules: { 'label-content-name-mismatch': { enabled: true } } };
    const result = (await axe.run(document, options)) as {
      violations: { id: string; nodes: { target: string[] }[] }[];
    };
    return result.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
    );
  });
}

describe.skipIf(!enabled)('accessibility (axe-core) in every mode', () => {
  for (const { name, query, viewport, act, map = true } of CASES) {
    it(`finds no violations: ${name}`, async () => {
      const { page } = await openApp(browser(), query, viewport);
      if (map) await waitForMap(page);
      else await page.locator('.present-card, .presenter__current').first().waitFor();
      await act?.(page);
      expect(await violations(page)).toEqual([]);
      await page.close();
    });
  }
});
