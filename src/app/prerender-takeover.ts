/**
 * The built index.html carries the default story's first view as plain HTML (prerender-story.tsx),
 * so a reader reads before any script runs. The app renders beside it, hidden, and shows itself
 * in the same frame as it removes that markup, once its story has settled: same components, same
 * boxes, so nothing flashes or shifts. A link that asks for another view (another story, an
 * event, a window, a mode, a language) drops the prerendered markup at once instead.
 */
import { useLayoutEffect } from 'react';
import { FIRST_MAP_SLOT } from '../map/first-map-slot';
import { parseUrlState, type Mode } from '../state/url-state';
import { DEFAULT_STORY } from './start-story';

const MODES: readonly Mode[] = ['app', 'embed', 'present'];

/** Dispatched on the document when the app's first story view is in the DOM. */
export const FIRST_VIEW_EVENT = 'dateline:first-view';

/**
 * Whether the prerendered view of `storyId` in `mode` (index.html holds the app's, embed.html
 * the embed's, present.html the presentation's first step) is what this link shows first.
 */
export function prerenderFits(
  search: string,
  storyId: string,
  locale: string,
  mode: Mode = 'app',
): boolean {
  const { state, problems } = parseUrlState(search);
  return (
    problems.length === 0 &&
    locale === 'en' &&
    !state.library &&
    (state.story ?? DEFAULT_STORY) === storyId &&
    (state.mode ?? 'app') === mode &&
    (state.step ?? 1) === 1 &&
    state.event === undefined &&
    state.from === undefined &&
    state.to === undefined
  );
}

/**
 * Where to render the app: the root itself, or, while prerendered markup that fits this link is
 * on screen, a hidden box beside it that replaces it on FIRST_VIEW_EVENT.
 */
export function takeOverPrerender(root: HTMLElement, search: string, locale: string): HTMLElement {
  const prerendered = root.querySelector<HTMLElement>(':scope > .prerendered');
  if (!prerendered) return root;
  const storyId = prerendered.dataset.story ?? '';
  const mode = MODES.find((item) => item === prerendered.dataset.mode) ?? 'app';
  if (!prerenderFits(search, storyId, locale, mode)) {
    prerendered.remove();
    return root;
  }
  const live = document.createElement('div');
  live.className = 'prerendered-live';
  live.hidden = true;
  root.append(live);
  document.addEventListener(
    FIRST_VIEW_EVENT,
    () => {
      keepFirstMap(prerendered, live);
      prerendered.remove();
      live.hidden = false;
    },
    { once: true },
  );
  return live;
}

/**
 * Moves the prerendered still map into the app's slot over its map box (the same box), where it
 * stays until the live map has drawn every event (LazyMapView): the reader never sees the map's
 * box empty. The slot is empty in React's tree, so React keeps what is put there.
 */
function keepFirstMap(prerendered: HTMLElement, live: HTMLElement): void {
  const drawing = prerendered.querySelector(`.${FIRST_MAP_SLOT} > *`);
  const slot = live.querySelector(`.${FIRST_MAP_SLOT}`);
  if (drawing && slot && slot.childElementCount === 0) slot.append(drawing);
}

/** Tells the page the story's first view is rendered (settled: loaded or failed). */
export function useFirstViewSignal(settled: boolean): void {
  // A layout effect: the swap happens before the browser paints this commit.
  useLayoutEffect(() => {
    if (settled) document.dispatchEvent(new Event(FIRST_VIEW_EVENT));
  }, [settled]);
}

/**
 * The signal as a component, for a layout that loads lazily: put beside it inside its Suspense
 * boundary, it commits with the layout, so the swap never shows the boundary's fallback.
 */
export function FirstViewSignal({ settled }: { readonly settled: boolean }): null {
  useFirstViewSignal(settled);
  return null;
}
