/** Decides the initial state from the URL, builds the store and starts loading the story. */
import { readLocalStoryRef } from '../library/story-ref';
import { loadStory, resolveStoryUrl } from '../story/load-story';
import { parseStoryText, type ParseResult } from '../story/parse-story';
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
export type LocalStoryLoader = (id: string) => Promise<ParseResult>;

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
): { store: DatelineStore; loaded: Promise<void> } {
  const { state, problems } = parseUrlState(search);
  const store = createDatelineStore(state, systemTheme());
  store.getState().reportLinkProblems(problems);
  if (inline) {
    if (state.story !== undefined && state.story !== inline.id) {
      store.getState().reportLinkProblems([{ path: '?story', code: 'other-story', id: inline.id }]);
    }
    // Parsed as any story file is: text carried in the page is no more trusted than a fetch.
    const loaded = Promise.resolve().then(() =>
      store.getState().storyLoaded(parseStoryText(inline.text)),
    );
    return { store, loaded };
  }
  const local = readLocalStoryRef(state.story ?? DEFAULT_STORY);
  if (local.local) {
    const result: Promise<ParseResult> = !local.ok
      ? Promise.resolve(refused({ code: 'local-ref-invalid', ref: state.story ?? DEFAULT_STORY }))
      : loadLocal
        ? loadLocal(local.id)
        : Promise.resolve(refused({ code: 'local-unavailable' }));
    return { store, loaded: result.then((parsed) => store.getState().storyLoaded(parsed)) };
  }
  const base = new URL(baseUrl, pageUrl).href;
  const target = resolveStoryUrl(state.story ?? DEFAULT_STORY, base);
  const loaded = target.ok
    ? loadStory(target.url).then((result) => store.getState().storyLoaded(result))
    : Promise.resolve(store.getState().storyLoaded(refused(target.refusal)));
  return { store, loaded };
}

function refused(detail: ProblemDetail): ParseResult {
  return { ok: false, problems: [{ ...detail, path: '?story' }] };
}
