/**
 * Fetches a story file and parses it. `?story=` is untrusted: it may name a shipped story id or a
 * same-origin path, never another origin (no request leaves the page's origin unless configured).
 */
import { parseStoryText, type ParseResult } from './parse-story';
import type { ProblemDetail, StoryRefRefusal } from './problem';

/** Larger files are refused before parsing: a story is text and a few thousand events. */
export const MAX_STORY_BYTES = 30 * 1024 * 1024;

const SHIPPED_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Resolves `?story=` to a URL on the page's origin, or explains why not.
 * `base` is the app's base URL (where `stories/` lives).
 */
export function resolveStoryUrl(
  param: string,
  base: string,
): { ok: true; url: string } | { ok: false; refusal: StoryRefRefusal } {
  if (SHIPPED_ID.test(param)) return { ok: true, url: new URL(`stories/${param}.json`, base).href };
  let url: URL;
  try {
    url = new URL(param, base);
  } catch {
    return { ok: false, refusal: { code: 'ref-unreadable', ref: param } };
  }
  if (url.origin !== new URL(base).origin) {
    return { ok: false, refusal: { code: 'ref-foreign', ref: param } };
  }
  if (!url.pathname.endsWith('.json')) {
    return { ok: false, refusal: { code: 'ref-not-json', ref: param } };
  }
  return { ok: true, url: url.href };
}

/** Loads and parses a story; network and HTTP failures come back as problems, never throws. */
export async function loadStory(url: string, fetcher: typeof fetch = fetch): Promise<ParseResult> {
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'same-origin' });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail({ code: 'load-failed', url, reason });
  }
  // The origin was checked before the fetch; a redirect could still lead to another site.
  const landed = offOrigin(url, response);
  if (landed !== undefined) {
    return fail({ code: 'redirected', url, to: landed });
  }
  if (response.status === 404) return fail({ code: 'not-found', url, webPage: false });
  if (!response.ok) return fail({ code: 'http-status', url, status: response.status });
  const tooLarge: ProblemDetail = {
    code: 'too-large',
    url,
    megabytes: MAX_STORY_BYTES / 1024 / 1024,
  };
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > MAX_STORY_BYTES) return fail(tooLarge);
  let text: string;
  try {
    const read = await readCapped(response, MAX_STORY_BYTES);
    if (read === undefined) return fail(tooLarge);
    text = read;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail({ code: 'load-failed', url, reason });
  }
  // Single-page hosts answer a missing file with the app's own index.html.
  if (/^\s*</.test(text) && (response.headers.get('content-type') ?? '').includes('html')) {
    return fail({ code: 'not-found', url, webPage: true });
  }
  return parseStoryText(text);
}

/** The origin a response came from when it is not the one asked, else undefined. */
function offOrigin(asked: string, response: Response): string | undefined {
  if (response.url === '') return undefined;
  try {
    const origin = new URL(response.url).origin;
    return origin === new URL(asked).origin ? undefined : origin;
  } catch {
    return response.url;
  }
}

/**
 * The body as text, or undefined once it passes `limit` bytes: reading stops there, so a huge
 * (or endless) body is never held whole, whatever Content-Length said.
 */
async function readCapped(response: Response, limit: number): Promise<string | undefined> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel();
      return undefined;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function fail(detail: ProblemDetail): ParseResult {
  return { ok: false, problems: [{ ...detail, path: '' }] };
}
