/** Small drivers for the browser tests: open the app, read what a user sees, record requests. */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium';

export const baseUrl = (): string => inject('baseUrl');

/**
 * One Chromium for a test file, started when the app is served (not when browser tests are
 * skipped) and closed after; returns the getter the tests call.
 */
export function startChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (baseUrl() === '') return;
    mkdirSync('test-results', { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running');
    return browser;
  };
}

export interface OpenedPage {
  readonly page: Page;
  /** Every URL the page requested. */
  readonly requests: string[];
  /** Uncaught page errors and console errors. */
  readonly errors: string[];
  /** Native dialogs (alert/confirm) the page opened: a hostile story must never open one. */
  readonly dialogs: string[];
}

export async function openApp(
  browser: Browser,
  query = '',
  viewport = { width: 1280, height: 800 },
): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // MapLibre only warns of a marker image nobody drew, but the marker is then blank.
    const missingImage = message.type() === 'warning' && /could not be loaded/.test(message.text());
    if (message.type() === 'error' || missingImage) errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${baseUrl()}${query}`);
  // The default link first shows the prerendered view, whose controls do nothing until the app
  // takes over; tests that use the controls start once the app's own view is on screen.
  await page.waitForFunction(() => document.querySelector('.prerendered') === null, undefined, {
    timeout: 60_000,
  });
  return { page, requests, errors, dialogs };
}

/** Waits until the map reports it has drawn every event. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('dateline:map-ready').length > 0,
    null,
    {
      timeout: 60_000,
    },
  );
}

export const eventsList = (page: Page) => page.getByRole('list', { name: 'Events' });
export const eventButtons = (page: Page) => eventsList(page).getByRole('button');

/** The query string the app has written into the address bar. */
export const currentQuery = (page: Page) => page.evaluate(() => window.location.search);

/** Watches the main thread: the longest task while `work` runs, in ms. */
export async function longestTask(page: Page, work: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const seen: number[] = [];
    Reflect.set(window, '__longTasks', seen);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await work();
  return page.evaluate(() => {
    const seen: unknown = Reflect.get(window, '__longTasks');
    return Array.isArray(seen) ? Math.max(0, ...seen.map(Number)) : -1;
  });
}
