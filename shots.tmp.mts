import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './scripts/chromium.mjs';
import { serveStatic } from './test/browser/static-server';
const served = await serveStatic('/tmp/hardening-dist', {});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_FLAGS] });
for (const [w, h] of [[360, 740], [1024, 768], [1920, 1080]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(served.url + '?story=stories/shot-long.json&event=' + 'csto-exercises');
  await page.waitForTimeout(4000);
  const read = page.getByRole('button', { name: 'Read in the article' }).first();
  if (await read.count()) { await read.click(); await page.waitForTimeout(1500); }
  await page.screenshot({ path: `/tmp/hardening-shots/reader-long-publisher-${w}.png` });
  await page.close();
}
for (const [w, h] of [[1024, 768]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(served.url + '?story=stories/shot-bad.json');
  await page.waitForTimeout(4000);
  await page.screenshot({ path: `/tmp/hardening-shots/failed-story-${w}.png` });
  await page.goto(served.url + '?story=stories/shot-long.json');
  await page.waitForTimeout(4000);
  await page.screenshot({ path: `/tmp/hardening-shots/repaired-ring-${w}.png` });
  await page.close();
}
await browser.close(); await served.close();
