/**
 * Keeps the address bar a permalink to what is on screen. Writes with replaceState (the back
 * button is not flooded with every pan), debounced, and only once the story is ready, so a link
 * is never rewritten before it has been applied.
 */
import { useEffect } from 'react';
import { linkState, sameLinkInputs } from '../state/link-state';
import { useDatelineStore } from '../state/store-context';
import { serializeUrlState } from '../state/url-state';

/** Milliseconds the view must rest before the URL is rewritten. */
export const PERMALINK_DELAY_MS = 300;

/**
 * Milliseconds the time window must rest, after a step, before the URL is rewritten. A step of a
 * 100,000-event story takes 150–600 ms to draw, longer than the rest above, so a scrub wrote the
 * URL after each step, and `replaceState` (a call to the browser's process) took 0.4–29 ms of the
 * main thread each time (bench:scrub --profile: 146 ms in one drag). A pause of a second ends it.
 */
export const WINDOW_REST_MS = 1000;

/** Subscribes to the store and mirrors its link state into the URL. */
export function usePermalink(delayMs: number = PERMALINK_DELAY_MS): void {
  const store = useDatelineStore();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The link is written out once the view rests, not on each change: a scrub step or a drag's
    // move then costs only a look at what changed.
    const write = () => {
      timer = undefined;
      const state = store.getState();
      if (state.status !== 'ready') return;
      const search = serializeUrlState(linkState(state));
      if (search === window.location.search) return;
      const { pathname, hash } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.status !== 'ready') return;
      // Hover and other changes a link does not carry leave the search as it is: no rewrite.
      if (previous.status === 'ready' && sameLinkInputs(state, previous)) return;
      if (timer !== undefined) clearTimeout(timer);
      const rest = state.window === previous.window ? delayMs : Math.max(delayMs, WINDOW_REST_MS);
      timer = setTimeout(write, rest);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [store, delayMs]);
}
