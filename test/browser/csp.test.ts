/**
 * The app under the strict Content Security Policy the README gives hosts: the built app is
 * served with that header by a tiny server, and each mode is opened with a listener for
 * `securitypolicyviolation`. Any violation (an eval, an inline script or style element, a request
 * to another origin) fails the test.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, startChromium } from './driver';
import { serveStatic } from './static-server';

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

const enabled = baseUrl() !== '';
const browser = startChromium();
const DIST = process.env.DATELINE_DIST ?? 'dist';
let served: { url: string; close: () => Promise<void> } | undefined;

beforeAll(async () => {
  if (enabled) served = await serveStatic(DIST, { 'content-security-policy': STRICT_CSP });
});
afterAll(async () => {
  await served?.close();
});

/** Opens a mode under the policy; returns the violations and errors seen. */
async function openUnderPolicy(query: string): Promise<{ page: Page; violations: string[] }> {
  if (!served) throw new Error('not served');
  const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  // Installed by the test harness (not an inline script of the page), before any page script.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = Reflect.get(window, 'reportViolation');
      if (typeof report === 'function') {
        report(
          `${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
        );
      }
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(`uncaught: ${error.message}`));
  await page.goto(`${served.url}${query}`);
  return { page, violations };
}

describe.skipIf(!enabled)('under a strict Content Security Policy', () => {
  it.each([
    ['the app', '', 'heading'],
    ['the embed', '?mode=embed', 'button'],
    ['a presentation', '?mode=present', 'article'],
  ] as const)(
    '%s runs with no violation, its map drawn',
    async (_name, query, role) => {
      const { page, violations } = await openUnderPolicy(query);
      await page.getByRole(role).first().waitFor({ timeout: 30_000 });
      // The map's own worker (a blob: URL) must start and draw the events.
      await page.waitForFunction(
        () => performance.getEntriesByName('dateline:map-ready').length > 0,
        null,
        { timeout: 60_000 },
      );
      await page.waitForTimeout(500);
      expect(violations).toEqual([]);
      await page.close();
    },
    120_000,
  );
});
