// Saved web pages: the article's text and date come out; nothing in the page runs.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, publishedDate } from '../../src/draft/html';

const body = (inner: string): string =>
  `<!doctype html><html lang="en"><head><title>Drills near the border</title>${inner}</head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article><h1>Drills near the border</h1>
  <p>Russia began the largest military exercises in years near the Tajik-Afghan border on Monday, October 18, 2021, officials said in a statement to reporters.</p>
  <p>More than 5,000 soldiers will take part in the six-day exercises, the defence ministries of Russia and Tajikistan said on Monday.</p>
  <p>A Taliban delegation is due to visit Moscow this week for talks that will also include China, Pakistan, India and Iran.</p>
  </article>
  <script>document.body.setAttribute('data-ran', 'yes'); window.pwned = true;</script>
  <style>p { color: red }</style>
  <img src="x" onerror="window.pwned = true">
  </body></html>`;

function doc(html: string): Document {
  return new JSDOM(html).window.document;
}

describe('extractArticle', () => {
  it('reads the date from article:published_time', () => {
    const page = doc(
      body('<meta property="article:published_time" content="2021-10-18T09:30:00+05:00">'),
    );
    expect(publishedDate(page)).toBe('2021-10-18');
  });

  it('reads the date from JSON-LD datePublished', () => {
    const page = doc(
      body(
        '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2021-10-17"}]}</script>',
      ),
    );
    expect(publishedDate(page)).toBe('2021-10-17');
  });

  it('reads the date from a <time> element', () => {
    const page = doc(
      body('').replace('<article>', '<article><time datetime="2021-10-16">16 Oct</time>'),
    );
    expect(publishedDate(page)).toBe('2021-10-16');
  });

  it('keeps the paragraphs and drops scripts, styles and navigation', () => {
    const article = extractArticle(doc(body('')));
    expect(article.text).toContain('Russia began the largest military exercises');
    expect(article.text).toContain('\n\nMore than 5,000 soldiers');
    expect(article.text).not.toContain('pwned');
    expect(article.text).not.toContain('color: red');
    expect(article.text).not.toMatch(/Home\s+World/);
  });

  it('says when the page gives no date', () => {
    expect(extractArticle(doc(body(''))).messages).toContain(
      'The page does not say when it was published.',
    );
  });

  it('runs nothing from the page', () => {
    const page = doc(body(''));
    extractArticle(page);
    expect(page.body.getAttribute('data-ran')).toBeNull();
  });

  it('falls back to all the text of a page with no article in it', () => {
    const article = extractArticle(
      doc('<html><body><div>Short note from Kabul.</div></body></html>'),
    );
    expect(article.text).toContain('Short note from Kabul.');
  });

  it('titles a page too large for Readability from its og:title, not the site name in <title>', () => {
    const page = doc(
      body('<meta property="og:title" content="Russia leads drills near the Afghan border">'),
    );
    expect(extractArticle(page, { pickArticle: false }).title).toBe(
      'Russia leads drills near the Afghan border',
    );
  });
});
