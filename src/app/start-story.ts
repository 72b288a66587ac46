/** Decides the initial state from the URL, builds the store and starts loading the story. */
import { readLocalStoryRef } from '../library/story-ref';
import { buildFirstViewIndexes } from './first-view-indexes';
import { loadStory, resolveStoryUrl, type LoadProgress } from '../story/load-story';
import type { ParseResult } from '../story/parse-story';
import type { ProblemDetail } from '../story/problem';
import { createDatelineStore, type DatelineStore } from '../state/store';
import { parseUrlState, type Theme } from '../state/url-state';

/** The reader's system colour scheme (prefers-color-scheme); light where it cannot be read. */
export function systemTheme(): Theme {
  const dark =
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-color-scheme: dark)').matches;
  return dark ? 'dark' : 'light';
}

/** The story shown when a link names none. */
export const DEFAULT_STORY = 'csto-2021';

/** A story carried inside the page (the offline briefing), as its id and unparsed file text. */
export interface StoryText {
  readonly id: string;
  readonly text: string;
}

/** Reads a story kept in this browser's library (`?story=local:<id>`). */
export type LocalStoryLoader = (
  id: string,
  onChecking?: (events: number) => void,
) => Promise<ParseResult>;

/** Progress more often than this is not shown: a store update per network chunk is wasted. */
const PROGRESS_EVERY_MS = 100;

/**
 * Builds the store for a link and loads its story: fetched from the link's `?story` (or the
 * default), read from the browser's library for `local:` stories when `loadLocal` is given, or,
 * when `inline` is given, parsed from the text the page carries and nothing fetched.
 */
export function startStory(
  search: string,
  baseUrl: string,
  pageUrl: string,
  inline?: StoryText,
  loadLocal?: LocalStoryLoader,
): { store: DatelineStore; loaded: Promise<void>; cancel: () => void } {
  const { state, problems } = parseUrlState(search);
  const store = createDatelineStore(state, systemTheme());
  store.getState().reportLinkProblems(problems);
  // A load that another screen has replaced stops (download and parse) and changes nothing.
  const aborter = new AbortController();
  const cancel = () => aborter.abort();
  const apply = (result: ParseResult) => {
    if (!aborter.signal.aborted) store.getState().storyLoaded(result);
  };
  // A big story's indexes are built first, each in a task of its own (first-view-indexes.ts).
  const applyLater = (result: ParseResult) =>
    buildFirstViewIndexes(result).then(() => apply(result));
  const progress = throttledProgress(store);
  if (inline) {
    if (state.story !== undefined && state.story !== inline.id) {
      store.getState().reportLinkProblems([{ path: '?story', code: 'other-story', id: inline.id }]);
    }
    // Parsed as any story file is: text carried in the page is no more trusted than a fetch. A
    // page opened from a file (the briefing) cannot start a worker: the parser comes with it.
    const loaded = import('../story/parse-story').then(({ parseStoryText }) =>
      apply(parseStoryText(inline.text)),
    );
    return { store, loaded, cancel };
  }
  const local = readLocalStoryRef(state.story ?? DEFAULT_STORY);
  if (local.local) {
    const result: Promise<ParseResult> = !local.ok
      ? Promise.resolve(refused({ code: 'local-ref-invalid', ref: state.story ?? DEFAULT_STORY }))
      : loadLocal
        ? loadLocal(local.id, (events) => progress({ phase: 'checking', events }))
        : Promise.resolve(refused({ code: 'local-unavailable' }));
    return { store, loaded: result.then(applyLater), cancel };
  }
  const base = new URL(baseUrl, pageUrl).href;
  const target = resolveStoryUrl(state.story ?? DEFAULT_STORY, base);
  const loaded = target.ok
    ? loadStory(target.url, { onProgress: progress, signal: aborter.signal }).then(applyLater)
    : Promise.resolve(apply(refused(target.refusal)));
  return { store, loaded, cancel };
}

/**
 * Passes progress to the store at most every PROGRESS_EVERY_MS, and every change of phase and
 * the story's head (its title and summary) when it comes.
 */
function throttledProgress(store: DatelineStore): (progress: LoadProgress) => void {
  let last = Number.NEGATIVE_INFINITY;
  let phase: LoadProgress['phase'] | undefined;
  return (progress) => {
    const now = performance.now();
    // The last bytes of a file are passed on: they tell a small story from a big one.
    const whole = progress.phase === 'reading' && progress.bytes === progress.total;
    const head = progress.phase === 'checking' && progress.head !== undefined;
    if (progress.phase === phase && now - last < PROGRESS_EVERY_MS && !whole && !head) return;
    last = now;
    phase = progress.phase;
    store.getState().storyProgress(progress);
  };
}

function refused(detail: ProblemDetail): ParseResult {
  return { ok: false, problems: [{ ...detail, path: '?story' }] };
}
