import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './scripts/chromium.mjs';
import { serveStatic } from './test/browser/static-server';
const served = await serveStatic('/tmp/hardening-dist-hostile', {});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_FLAGS] });
const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
let n = 0;
page.on('console', async (m) => { if (m.type() === 'error' && n++ < 2) { const a = await Promise.all(m.args().map((x) => x.jsonValue().catch(() => '?'))); console.log(JSON.stringify(a).slice(0, 1500)); } });
await page.goto(served.url + 'test/browser/hostile/index.html');
await page.waitForFunction(() => typeof Reflect.get(window, 'renderHostile') === 'function');
for (let s = 0; s < 60 && n === 0; s += 1) { await page.evaluate((x) => Reflect.get(window, 'renderHostile')(x, x + 1), s); if (n) console.log('seed', s); }
await page.waitForTimeout(500);
await browser.close(); await served.close();
