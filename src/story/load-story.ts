/**
 * Fetches a story file and parses it. `?story=` is untrusted: it may name a shipped story id or a
 * same-origin path, never another origin (no request leaves the page's origin unless configured).
 * The file is read as a stream: its bytes go to the parser (a worker) as they arrive, progress is
 * reported as it goes, and reading stops at the size limit or when the load is cancelled.
 */
import type { ParseResult } from './parse-story';
import type { ProblemDetail, StoryRefRefusal } from './problem';
import type { StoryHead } from './story';
import { MAX_STORY_BYTES } from './story-limits';
import { storyParser, type ParseJob, type StoryParser } from './story-parser';

export { MAX_STORY_BYTES };

/**
 * How far a load has come: bytes read (of the total, when the server said it), then checking,
 * with the story's title and summary once they are checked.
 */
export type LoadProgress =
  | { readonly phase: 'reading'; readonly bytes: number; readonly total?: number | undefined }
  | { readonly phase: 'checking'; readonly events: number; readonly head?: StoryHead };

export interface LoadOptions {
  readonly fetcher?: typeof fetch;
  readonly parser?: StoryParser;
  readonly onProgress?: (progress: LoadProgress) => void;
  /** Aborting stops the download and the parse; the load then settles as cancelled. */
  readonly signal?: AbortSignal;
}

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
export async function loadStory(url: string, options: LoadOptions = {}): Promise<ParseResult> {
  const { fetcher = fetch, onProgress, signal } = options;
  const cancelled = fail({ code: 'load-cancelled', url });
  if (signal?.aborted) return cancelled;
  const parser = options.parser ?? storyParser();
  // The parser (a worker: its code and the schema) starts beside the download, not once the
  // server has answered: on a busy machine it took 0.1 to 0.4 s to start.
  parser.prepare();
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'same-origin', ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) return cancelled;
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
  const html = (response.headers.get('content-type') ?? '').includes('html');
  const job = parser.begin();
  const stop = () => job.cancel();
  signal?.addEventListener('abort', stop);
  try {
    // A compressed body's length is not what the reader counts: then the total is unknown.
    const encoded = !['', 'identity'].includes(response.headers.get('content-encoding') ?? '');
    const total = Number.isFinite(declared) && declared > 0 && !encoded ? declared : undefined;
    let bytesRead = 0;
    const read = await streamCapped(response, job, signal, (bytes) => {
      bytesRead = bytes;
      onProgress?.({ phase: 'reading', bytes, total });
    });
    if (signal?.aborted) return cancelled;
    if (read === 'too-large') return fail(tooLarge);
    // Once all of it has arrived a compressed file's length is known too: said at once, so the
    // page can tell a small story from a big one (big-story.ts) before the worker has counted.
    if (total === undefined) onProgress?.({ phase: 'reading', bytes: bytesRead, total: bytesRead });
    // Single-page hosts answer a missing file with the app's own index.html.
    if (html && read === 'markup') {
      job.cancel();
      return fail({ code: 'not-found', url, webPage: true });
    }
    let checking: { events: number; head?: StoryHead } = { events: 0 };
    const result = job.finish(
      (events) => {
        checking = { ...checking, events };
        onProgress?.({ phase: 'checking', ...checking });
      },
      (head) => {
        checking = { ...checking, head };
        onProgress?.({ phase: 'checking', ...checking });
      },
    );
    return await (signal ? untilAborted(result, signal, cancelled) : result);
  } catch (error) {
    job.cancel();
    if (signal?.aborted) return cancelled;
    const reason = error instanceof Error ? error.message : String(error);
    return fail({ code: 'load-failed', url, reason });
  } finally {
    signal?.removeEventListener('abort', stop);
  }
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
 * Hands the body to the parse job as it arrives, and says whether it began like markup ('<'
 * after white space). Reading stops once it passes the limit (whatever Content-Length said), so
 * a huge or endless body is never held whole.
 */
async function streamCapped(
  response: Response,
  job: ParseJob,
  signal: AbortSignal | undefined,
  onBytes: (bytes: number) => void,
): Promise<'too-large' | 'markup' | 'read'> {
  if (!response.body) return 'read';
  const reader = response.body.getReader();
  // Cancelling ends the read in progress, whatever the fetch does with its own signal.
  signal?.addEventListener('abort', () => void reader.cancel(), { once: true });
  let bytes = 0;
  let first: number | undefined;
  for (;;) {
    const { done, value } = await reader.read();
    if (done || signal?.aborted) break;
    bytes += value.byteLength;
    if (bytes > MAX_STORY_BYTES) {
      await reader.cancel();
      job.cancel();
      return 'too-large';
    }
    first ??= firstSignificant(value);
    onBytes(bytes);
    job.push(value);
  }
  return first === 0x3c ? 'markup' : 'read';
}

/** The first byte that is not white space or a byte-order mark, if the chunk has one. */
function firstSignificant(bytes: Uint8Array): number | undefined {
  return bytes.find((byte) => ![0x20, 0x09, 0x0a, 0x0d, 0xef, 0xbb, 0xbf].includes(byte));
}

/** The promise's value, or `instead` as soon as the signal aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal, instead: T): Promise<T> {
  return new Promise((resolve, reject) => {
    const abort = () => resolve(instead);
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

function fail(detail: ProblemDetail): ParseResult {
  return { ok: false, problems: [{ ...detail, path: '' }] };
}
