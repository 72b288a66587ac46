/**
 * Noto Sans is fetched by subset, only when the page shows a glyph of that subset
 * (src/app/noto-sans.css): an English page fetches no Cyrillic file, a Russian one does.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, openApp, startChromium, waitForMap } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();
const DESKTOP = { width: 1024, height: 768 };
const NOTO_FILE = /noto-sans-([a-z-]+?)-(\d{3})-(normal|italic)-[\w-]+\.woff2$/;

/** The subsets of the Noto Sans files a page fetched once its fonts are ready, as "latin-400". */
async function fetchedSubsets(query: string): Promise<string[]> {
  const { page, requests } = await openApp(browser(), query, DESKTOP);
  await waitForMap(page);
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.close();
  return requests.flatMap((url) => {
    const match = NOTO_FILE.exec(url);
    return match ? [`${match[1]}-${match[2]}`] : [];
  });
}

describe.skipIf(!enabled)('Noto Sans by subset', () => {
  it('fetches Latin files but no Cyrillic one for an English page', async () => {
    const subsets = await fetchedSubsets('');
    expect(subsets).toContain('latin-400');
    expect(subsets.filter((subset) => subset.startsWith('cyrillic'))).toEqual([]);
  });

  it('fetches the Cyrillic files for a Russian interface', async () => {
    const subsets = await fetchedSubsets('?lang=ru');
    expect(subsets).toContain('cyrillic-400');
  });
});
