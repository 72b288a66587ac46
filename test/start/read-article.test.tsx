// Runs in jsdom (a .tsx test) for its DOMParser, as the browser reads pages.
import { describe, expect, it } from 'vitest';
import { MAX_CHARS } from '../../src/draft/draft';
import { MAX_ARTICLE_CHARS, readArticleFile, withoutScripts } from '../../src/start/read-article';

function picked(name: string, text: string) {
  return { name, size: text.length, text: async () => text };
}

describe('reading an article file', () => {
  it('cuts a file at the same length the draft itself stops at', () => {
    expect(MAX_ARTICLE_CHARS).toBe(MAX_CHARS);
  });

  it('drops script and style bodies before parsing but keeps the JSON-LD that dates the page', () => {
    const html =
      '<script>track()</script><style>p{}</style><script type="application/ld+json">{"datePublished":"2021-10-18"}</script><p>Text</p>';
    expect(withoutScripts(html)).toBe(
      '<script type="application/ld+json">{"datePublished":"2021-10-18"}</script><p>Text</p>',
    );
  });

  it('takes a .txt file as it is', async () => {
    const read = await readArticleFile(picked('a.txt', 'On Monday, talks in Moscow.'));
    expect(read).toMatchObject({ ok: true, text: 'On Monday, talks in Moscow.', capped: false });
  });

  it('cuts a long text file and says how long it was', async () => {
    const text = 'word '.repeat(30_000);
    const read = await readArticleFile(picked('long.txt', text));
    expect(read).toMatchObject({ ok: true, fullLength: text.length });
    expect(read.ok && read.text.length).toBe(MAX_ARTICLE_CHARS);
  });

  it('reads a page of more than 512 KB without picking the article out (the browser test caps 2 MB)', async () => {
    const paragraph = '<p>Troops held exercises in Tajikistan on Monday.</p>';
    const html = `<html><head><title>Long</title></head><body>${paragraph.repeat(
      Math.ceil((600 * 1024) / paragraph.length),
    )}</body></html>`;
    const read = await readArticleFile(picked('long.html', html));
    if (!read.ok) throw new Error('the page was not read');
    expect(read.capped).toBe(false);
    expect(read.notes).toContain(
      'The page is too large to pick the article out of it; all of its text was used.',
    );
    expect(read.text.startsWith('Long\n\nTroops held exercises')).toBe(true);
  }, 30_000);

  it('refuses a file over 30 MB before reading it', async () => {
    const huge = { name: 'big.html', size: 31 * 1024 * 1024, text: async () => '' };
    expect(await readArticleFile(huge)).toEqual({ ok: false, reason: 'too-large', mb: '31.0' });
  });
});
