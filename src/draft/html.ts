/**
 * A saved web page → the article's text and publication date. Works on any DOM Document: jsdom
 * in the CLI, DOMParser in the browser (both inert: nothing in the page runs or loads).
 */
import { Readability } from '@mozilla/readability';

export interface ExtractedArticle {
  readonly title?: string;
  readonly text: string;
  readonly published?: string;
  readonly publisher?: string;
  readonly language?: string;
  readonly messages: readonly string[];
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, th, dd, dt';

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "2021-10-18T09:00:00+03:00" → "2021-10-18", the date as the page wrote it (not shifted to UTC). */
export function dayOf(value: string | null | undefined): string | undefined {
  const match = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? '');
  return match?.[1];
}

function findDatePublished(value: unknown, depth = 0): string | undefined {
  if (depth > 6 || typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'datePublished' && typeof inner === 'string') return inner;
    const found = findDatePublished(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The page's own publication date: article:published_time, JSON-LD datePublished, then <time>. */
export function publishedDate(doc: Document): string | undefined {
  const meta = doc.querySelector(
    'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"]',
  );
  const fromMeta = dayOf(meta?.getAttribute('content'));
  if (fromMeta) return fromMeta;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const parsed: unknown = JSON.parse(script.textContent ?? '');
      const found = dayOf(findDatePublished(parsed));
      if (found) return found;
    } catch {
      // A broken JSON-LD block is the page's problem; the other sources may still say.
    }
  }
  const time = doc.querySelector('article time[datetime], time[datetime]');
  return dayOf(time?.getAttribute('datetime'));
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function blocksText(root: ParentNode): string {
  const parts: string[] = [];
  for (const element of root.querySelectorAll(BLOCKS)) {
    if (element.querySelector(BLOCKS)) continue; // the innermost blocks carry the text
    const text = clean(element.textContent ?? '');
    if (text !== '') parts.push(text);
  }
  return parts.join('\n\n');
}

export interface ExtractOptions {
  /**
   * False: take all of the page's text without picking the article out. Readability walks every
   * node many times; on a page of megabytes that holds the browser's thread for seconds.
   */
  readonly pickArticle?: boolean;
}

/** The page's own title without Readability: og:title, else the first h1, else <title>. */
function pageTitle(doc: Document): string | undefined {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const h1 = doc.querySelector('h1')?.textContent ?? '';
  return clean(og) || clean(h1) || clean(doc.title) || undefined;
}

/** Extracts the article; scripts, styles and page furniture are dropped, never run. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle {
  const messages: string[] = [];
  const published = publishedDate(doc);
  for (const element of doc.querySelectorAll(
    'script, style, noscript, template, iframe, object, embed',
  )) {
    if (element.getAttribute('type') !== 'application/ld+json') element.remove();
  }
  const language = doc.documentElement.getAttribute('lang') ?? undefined;
  let text = '';
  let title: string | undefined;
  let publisher: string | undefined;
  if (options.pickArticle === false) {
    title = pageTitle(doc);
    messages.push('The page is too large to pick the article out of it; all of its text was used.');
  } else {
    try {
      // Readability changes the document it reads: give it a copy.
      const copy = doc.implementation.createHTMLDocument('');
      copy.documentElement.replaceWith(copy.importNode(doc.documentElement, true));
      const result = new Readability<Node>(copy, { serializer: (node) => node }).parse();
      const content = result?.content;
      if (content && isElement(content)) text = blocksText(content);
      title = clean(result?.title ?? '') || undefined;
      publisher = clean(result?.siteName ?? '') || undefined;
    } catch (error) {
      messages.push(
        `The article could not be picked out of the page (${error instanceof Error ? error.message : String(error)}); using all of its text.`,
      );
    }
  }
  if (text === '') {
    text = blocksText(doc.body ?? doc.documentElement);
    if (text === '') text = clean(doc.body?.textContent ?? '');
    if (text !== '' && options.pickArticle !== false)
      messages.push('No article structure was found in the page; all of its text was used.');
  }
  if (title && !text.startsWith(title)) text = `${title}\n\n${text}`;
  if (!published) messages.push('The page does not say when it was published.');
  return {
    ...(title ? { title } : {}),
    text,
    ...(published ? { published } : {}),
    ...(publisher ? { publisher } : {}),
    ...(language ? { language } : {}),
    messages,
  };
}
