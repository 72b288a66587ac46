/**
 * The built index.html carries the default story's first view as plain HTML (prerender-story.tsx),
 * so a reader reads before any script runs. The app renders beside it, hidden, and shows itself
 * in the same frame as it removes that markup, once its story has settled: same components, same
 * boxes, so nothing flashes or shifts. A link that asks for another view (another story, an
 * event, a window, a mode, a language) drops the prerendered markup at once instead.
 */
import { useLayoutEffect } from 'react';
import { FIRST_MAP_SLOT } from '../map/first-map-slot';
import { FIRST_AXIS_SLOT } from '../timeline/first-axis-slot';
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
 * The link as its page means it: embed.html and present.html are the embed's and the
 * presentation's pages (their prerendered view says which), so a link to one that names no mode
 * opens that mode, rather than the app with the page's first view thrown away. Returns `search`
 * unchanged where the link names a mode or the page is the app's.
 */
export function searchForPage(search: string, mode: Mode): string {
  if (mode === 'app' || new URLSearchParams(search).has('mode')) return search;
  // Appended, so the rest of the link stays as it was written.
  return search.length > 1 ? `${search}&mode=${mode}` : `?mode=${mode}`;
}

/**
 * Where to render the app: the root itself, or, while prerendered markup that fits this link is
 * on screen, a hidden box beside it that replaces it on FIRST_VIEW_EVENT. A mode's page opened
 * without `mode` gets its mode written into the address first (searchForPage).
 */
export function takeOverPrerender(root: HTMLElement, search: string, locale: string): HTMLElement {
  const prerendered = root.querySelector<HTMLElement>(':scope > .prerendered');
  if (!prerendered) return root;
  const storyId = prerendered.dataset.story ?? '';
  const mode = MODES.find((item) => item === prerendered.dataset.mode) ?? 'app';
  // Rewritten before the shell reads the address (it renders once the messages are in).
  const link = searchForPage(search, mode);
  if (link !== search) {
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${link}${hash}`);
  }
  if (!prerenderFits(link, storyId, locale, mode)) {
    prerendered.remove();
    return root;
  }
  const live = document.createElement('div');
  live.className = 'prerendered-live';
  live.hidden = true;
  root.append(live);
  const tapped = rememberTaps(prerendered);
  document.addEventListener(
    FIRST_VIEW_EVENT,
    () => {
      const focused = pathWithin(prerendered, document.activeElement);
      const tap = tapped();
      keepStillDrawings(prerendered, live);
      prerendered.remove();
      live.hidden = false;
      carryOver(live, focused, tap);
    },
    { once: true },
  );
  return live;
}

/**
 * Records the last button tapped in the prerendered view, whose controls do nothing yet, so the
 * app can act on it once it runs: a reader who taps an event while the scripts still load gets
 * that event, not a dead button.
 */
function rememberTaps(prerendered: HTMLElement): () => readonly number[] | undefined {
  let last: readonly number[] | undefined;
  prerendered.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button) last = pathWithin(prerendered, button);
  });
  return () => last;
}

/** Where `node` sits under `container`, as child indexes from the top; undefined if outside. */
function pathWithin(container: Element, node: Element | null): readonly number[] | undefined {
  if (!node || node === container || !container.contains(node)) return undefined;
  const path: number[] = [];
  for (let at: Element | null = node; at && at !== container; at = at.parentElement) {
    const parent: Element | null = at.parentElement;
    if (!parent) return undefined;
    path.unshift(Array.prototype.indexOf.call(parent.children, at));
  }
  return path;
}

/** The element at `path` under `container`, if the tree has one there. */
function atPath(container: Element, path: readonly number[]): HTMLElement | undefined {
  let at: Element | undefined = container;
  for (const index of path) at = at?.children[index];
  return at instanceof HTMLElement ? at : undefined;
}

/**
 * Gives the app's view the focus and the tap the prerendered one had. The two are the same
 * components, so the same place in the tree holds the same control; a control of another kind
 * there (the trees differ) is left alone rather than guessed at.
 */
function carryOver(
  live: HTMLElement,
  focused: readonly number[] | undefined,
  tap: readonly number[] | undefined,
): void {
  // The prerendered box and the app's box hold the same tree, so paths carry over as they are.
  const focusTarget = focused ? atPath(live, focused) : undefined;
  if (focusTarget && focusTarget.tabIndex >= 0) focusTarget.focus({ preventScroll: true });
  const tapTarget = tap ? atPath(live, tap) : undefined;
  if (tapTarget instanceof HTMLButtonElement && !tapTarget.disabled) tapTarget.click();
}

/**
 * Moves the prerendered still map and timeline into the app's slots over its map box and its
 * axis (the same boxes), where they stay until the live map has drawn every event (LazyMapView)
 * and the canvas its marks (TimelineAxis): the reader never sees either box empty. The slots are
 * empty in React's tree, so React keeps what is put there.
 */
function keepStillDrawings(prerendered: HTMLElement, live: HTMLElement): void {
  for (const slotClass of [FIRST_MAP_SLOT, FIRST_AXIS_SLOT]) {
    const drawing = prerendered.querySelector(`.${slotClass} > *`);
    const slot = live.querySelector(`.${slotClass}`);
    if (drawing && slot && slot.childElementCount === 0) slot.append(drawing);
  }
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
