/** Decides the initial state from the URL, builds the store and starts loading the story. */
import { loadStory, resolveStoryUrl } from '../story/load-story';
import { createDatelineStore, type DatelineStore } from '../state/store';
import { parseUrlState } from '../state/url-state';

/** The story shown when a link names none. */
export const DEFAULT_STORY = 'csto-2021';

export function startStory(
  search: string,
  baseUrl: string,
  pageUrl: string,
): { store: DatelineStore; loaded: Promise<void> } {
  const { state, problems } = parseUrlState(search);
  const store = createDatelineStore(state);
  store.getState().reportLinkProblems(problems);
  const base = new URL(baseUrl, pageUrl).href;
  const target = resolveStoryUrl(state.story ?? DEFAULT_STORY, base);
  const loaded = target.ok
    ? loadStory(target.url).then((result) => store.getState().storyLoaded(result))
    : Promise.resolve(
        store
          .getState()
          .storyLoaded({ ok: false, problems: [{ path: '?story', message: target.message }] }),
      );
  return { store, loaded };
}
