/**
 * What the shell shows for an address: the start screen (`?library`), or a story with a fresh
 * store of its own. Every story, kept, shipped or hosted, starts through startStory, as a link
 * to it would.
 */
import type { StoryLibrary } from '../library/story-library';
import { readLocalStoryRef } from '../library/story-ref';
import { resolveStoryUrl } from '../story/load-story';
import type { ParseResult } from '../story/parse-story';
import type { DatelineStore } from '../state/store';
import { parseUrlState, serializeUrlState, type Theme } from '../state/url-state';
import { libraryStoryLoader } from './library-story';
import { DEFAULT_STORY, startStory } from './start-story';

/** Where the story on screen's file can be had from, for Export. */
export interface StoryFileSource {
  text?: string;
  url?: string;
}

export type Screen =
  | { readonly kind: 'library'; readonly theme: Theme }
  | {
      readonly kind: 'story';
      /** Tells screens apart, even two of the same story: each is mounted afresh. */
      readonly serial: number;
      readonly ref: string;
      readonly store: DatelineStore;
      readonly file: StoryFileSource;
      /** Stops the story's load if it is still running: another screen replaces this one. */
      readonly cancelLoad: () => void;
    };

/** A story opened from a file that the browser would not keep: it lives only in this tab. */
export interface UnkeptStory {
  readonly text: string;
  readonly result: ParseResult;
}

export interface ScreenDeps {
  readonly library: StoryLibrary;
  readonly baseUrl: string;
  readonly pageUrl: string;
  readonly unkept: ReadonlyMap<string, UnkeptStory>;
}

let serial = 0;

/** The screen for a query string. */
export function screenFor(search: string, deps: ScreenDeps): Screen {
  const { state } = parseUrlState(search);
  if (state.library) return { kind: 'library', theme: state.theme ?? 'light' };
  const ref = state.story ?? DEFAULT_STORY;
  const file: StoryFileSource = {};
  const local = readLocalStoryRef(ref);
  if (!local.local) {
    const target = resolveStoryUrl(ref, new URL(deps.baseUrl, deps.pageUrl).href);
    if (target.ok) file.url = target.url;
  }
  const fromLibrary = libraryStoryLoader(deps.library, (text) => {
    file.text = text;
  });
  const started = startStory(
    search,
    deps.baseUrl,
    deps.pageUrl,
    undefined,
    async (id, checking) => {
      const unkept = deps.unkept.get(id);
      if (!unkept) return fromLibrary(id, checking);
      file.text = unkept.text;
      return unkept.result;
    },
  );
  serial += 1;
  return { kind: 'story', serial, ref, store: started.store, file, cancelLoad: started.cancel };
}

/** The query string of the start screen. */
export function librarySearch(theme: Theme, lang?: string): string {
  return serializeUrlState({ library: true, theme: theme === 'dark' ? theme : undefined, lang });
}

/** The query string that opens a story. */
export function storySearch(ref: string, theme: Theme, lang?: string): string {
  return serializeUrlState({ story: ref, theme: theme === 'dark' ? theme : undefined, lang });
}

/** The interface language a link asked for, carried from screen to screen like the theme. */
export function searchLang(search: string): string | undefined {
  return parseUrlState(search).state.lang;
}

/** The editor saved new text for the story on screen: Export takes it from now on. */
export function keepEditedText(file: StoryFileSource, text: string): void {
  file.text = text;
}

/** The query string that opens a library story in the editor. */
export function editSearch(ref: string, theme: Theme, lang?: string): string {
  const dark = theme === 'dark' ? theme : undefined;
  return serializeUrlState({ story: ref, edit: true, theme: dark, lang });
}

/** The theme a screen is shown in, carried to the next one. */
export function screenTheme(screen: Screen): Theme {
  return screen.kind === 'library' ? screen.theme : screen.store.getState().settings.theme;
}
