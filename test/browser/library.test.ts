/**
 * The library in real Chromium (real IndexedDB): a story opened by the button is still listed
 * after a reload; delete and Undo; screenshots of the start screen in both themes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseUrl, openApp, startChromium, waitForMap } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();
const STORY = 'test/fixtures/mini-story.json';
const TITLE = 'Drills on the Tajik–Afghan border';

describe.skipIf(!enabled)('the story library in Chromium', () => {
  it('keeps a story opened by the button across a reload', async () => {
    const { page, errors, requests } = await openApp(browser(), '?library');
    await page.getByRole('heading', { level: 1, name: 'Your stories' }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a story file…' }).click();
    await (await chooser).setFiles(STORY);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.evaluate(() => window.location.search)).toMatch(
      /^\?story=local:[a-z0-9]{12}/,
    );
    await waitForMap(page);
    // The story's own link opens it again after a reload, from the browser's storage.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('link', { name: 'Your stories' }).click();
    const kept = page.getByRole('list', { name: 'Kept in this browser' });
    await kept.getByRole('link', { name: TITLE }).waitFor();
    await page.reload();
    await kept.getByRole('link', { name: TITLE }).waitFor();
    expect(await kept.getByRole('link', { name: TITLE }).count()).toBe(1);
    const origin = new URL(baseUrl()).origin;
    expect(requests.filter((url) => !/^(data|blob):/.test(url) && !url.startsWith(origin))).toEqual(
      [],
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports the story on screen as the file that was opened', async () => {
    const { page } = await openApp(browser(), '?library');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a story file…' }).click();
    await (await chooser).setFiles(STORY);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('drills-on-the-tajik-afghan-border.json');
    const path = await file.path();
    expect(readFileSync(path, 'utf8')).toBe(readFileSync(STORY, 'utf8'));
    await page.close();
  });

  it('exports a briefing that opens from the disk with every request refused', async () => {
    const { page } = await openApp(browser(), '?library');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a story file…' }).click();
    await (await chooser).setFiles(STORY);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export briefing' }).click();
    const path = `${process.cwd()}/test-results/library-briefing.html`;
    await (await download).saveAs(path);
    const briefing = await browser().newPage();
    const refused: string[] = [];
    await briefing.route('**/*', (route) => {
      const url = route.request().url();
      if (/^(file|data|blob):/.test(url)) return route.continue();
      refused.push(url);
      return route.abort();
    });
    // The filled-in page must keep to its own <meta> policy: the story and tiles went into its
    // data block, not its hashed code.
    const violations: string[] = [];
    await briefing.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await briefing.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = Reflect.get(window, 'reportViolation');
        if (typeof report === 'function') report(`${event.effectiveDirective} ${event.blockedURI}`);
      });
    });
    briefing.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await briefing.goto(`file://${path}`);
    await briefing.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await waitForMap(briefing);
    expect(await briefing.title()).toBe(`${TITLE} · Dateline`);
    expect(refused).toEqual([]);
    expect(await briefing.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    expect(violations).toEqual([]);
    await briefing.close();
    await page.close();
  });

  it('opens a story file dropped on the page', async () => {
    const { page, errors } = await openApp(browser(), '?library');
    await page.getByRole('heading', { level: 1, name: 'Your stories' }).waitFor();
    const text = readFileSync(STORY, 'utf8');
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
      return transfer;
    }, text);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await page.dispatchEvent('main', 'dragover', { dataTransfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.evaluate(() => window.location.search)).toMatch(/^\?story=local:/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('deletes a story and brings it back with Undo', async () => {
    const { page, errors } = await openApp(browser(), '?library');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a story file…' }).click();
    await (await chooser).setFiles(STORY);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.goto(`${baseUrl()}?library`);
    const kept = page.getByRole('list', { name: 'Kept in this browser' });
    await kept.getByRole('link', { name: TITLE }).waitFor();
    await page.getByRole('button', { name: `Delete “${TITLE}”` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Deleted “${TITLE}”.` })
      .waitFor();
    expect(await page.getByRole('link', { name: TITLE }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await page.keyboard.press('Enter');
    await kept.getByRole('link', { name: TITLE }).waitFor();
    await page.reload();
    await kept.getByRole('link', { name: TITLE }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the start screen at phone, laptop and desktop sizes in both themes', async () => {
    const sizes = [
      { width: 360, height: 740 },
      { width: 1024, height: 768 },
      { width: 1920, height: 1080 },
    ];
    for (const theme of ['light', 'dark']) {
      for (const viewport of sizes) {
        const { page } = await openApp(browser(), `?library&theme=${theme}`, viewport);
        await page.getByRole('heading', { level: 1, name: 'Your stories' }).waitFor();
        await page.getByRole('list', { name: 'Stories that come with Dateline' }).waitFor();
        // No sideways scroll on a phone.
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(wide).toBeLessThanOrEqual(viewport.width);
        await page.screenshot({
          path: `test-results/start-${viewport.width}-${theme}.png`,
          fullPage: true,
        });
        await page.close();
      }
    }
  });
});
