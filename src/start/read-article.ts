/**
 * A picked article file → the text to draft: a .txt as it is; a saved web page through the
 * draft's extractor on a DOMParser document, which is inert (its scripts never run, its images,
 * styles and trackers are never fetched). The extractor (Readability) loads only when a page
 * arrives. Never throws: every failure is a message for the person.
 */
import type { PickedFile } from '../library/read-story-file';

/** Files above this are refused before a byte is read. */
export const MAX_ARTICLE_FILE_MB = 30;
/** A page's markup, without its scripts and styles, is read up to this size: past it no article is. */
export const MAX_PAGE_MB = 2;

/** The files the draft reads, as a file picker's `accept`: text and saved web pages. */
export const ARTICLE_FILES = '.txt,.text,.html,.htm,.xhtml,text/plain,text/html';

/** Above this much markup the article is not picked out (Readability would hold the thread). */
const PICK_ARTICLE_BYTES = 512 * 1024;
/**
 * The draft's own limit (MAX_CHARS in src/draft/draft.ts, which this chunk must not load): a
 * file's text is cut here so the dialog's field never holds megabytes.
 */
export const MAX_ARTICLE_CHARS = 100_000;

export interface ArticleText {
  readonly ok: true;
  readonly text: string;
  readonly title?: string;
  readonly published?: string;
  readonly publisher?: string;
  readonly language?: string;
  /** What was capped, missing or guessed while reading, in the extractor's words. */
  readonly notes: readonly string[];
  /** The page's markup was cut at MAX_PAGE_MB. */
  readonly capped: boolean;
  /** The text's length before it was cut at MAX_ARTICLE_CHARS, if it was. */
  readonly fullLength?: number;
}

export type ArticleRead =
  | ArticleText
  | { readonly ok: false; readonly reason: 'too-large'; readonly mb: string }
  | { readonly ok: false; readonly reason: 'kind' }
  | { readonly ok: false; readonly reason: 'unreadable'; readonly message: string };

const MB = 1024 * 1024;

function isPage(name: string, text: string): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

/**
 * Script and style bodies are dropped before parsing only to save the time a real page spends
 * on them (trackers can be most of its bytes); the parser would not run them either way. JSON-LD
 * stays: it holds the publication date.
 */
export function withoutScripts(html: string): string {
  return html.replace(
    /<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi,
    (whole: string, _tag: string, attributes: string) =>
      /application\/ld\+json/i.test(attributes) ? whole : '',
  );
}

/** The article in a picked file; only .txt and saved pages are read. */
export async function readArticleFile(file: PickedFile): Promise<ArticleRead> {
  if (file.size > MAX_ARTICLE_FILE_MB * MB)
    return { ok: false, reason: 'too-large', mb: (file.size / MB).toFixed(1) };
  if (!/\.(txt|text|html?|xhtml)$/i.test(file.name)) return { ok: false, reason: 'kind' };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return {
      ok: false,
      reason: 'unreadable',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  const plain: ArticleRead = { ok: true, text, notes: [], capped: false };
  const read = isPage(file.name, text) ? await readPage(text) : plain;
  if (!read.ok || read.text.length <= MAX_ARTICLE_CHARS) return read;
  return { ...read, text: read.text.slice(0, MAX_ARTICLE_CHARS), fullLength: read.text.length };
}

/** The article of a saved page's markup. */
export async function readPage(html: string): Promise<ArticleRead> {
  let markup = withoutScripts(html);
  const capped = markup.length > MAX_PAGE_MB * MB;
  if (capped) markup = markup.slice(0, MAX_PAGE_MB * MB);
  try {
    const { extractArticle } = await import('../draft/html');
    const doc = new DOMParser().parseFromString(markup, 'text/html');
    const { messages, ...article } = extractArticle(doc, {
      pickArticle: markup.length <= PICK_ARTICLE_BYTES,
    });
    return { ok: true, ...article, notes: messages, capped };
  } catch (error) {
    return {
      ok: false,
      reason: 'unreadable',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
