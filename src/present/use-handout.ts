/**
 * The printed handout's life: its basemap loads in the background once a presentation opens,
 * and its pages are drawn only when a print starts (the button, the browser's menu, Ctrl+P or
 * a PDF export all fire `beforeprint`), so the audience screen never pays for nineteen maps.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useBasemapData } from '../map/basemap-data';
import { storyFocus } from '../map/story-focus';
import { useDateline } from '../state/store-context';
import { fetchGeoFiles, loadHandoutGeo, type HandoutGeo } from './handout-geo';

export interface HandoutState {
  readonly geo: HandoutGeo | undefined;
  /** True once the basemap has loaded or failed: a print now draws everything it will. */
  readonly settled: boolean;
  /** True once a print has started: the pages are in the document from then on. */
  readonly drawn: boolean;
  /** Prints as soon as the basemap has settled (loaded, or failed and left out). */
  readonly print: () => void;
}

/** The handout's basemap, whether its pages are drawn, and a print that waits for the basemap. */
export function useHandout(): HandoutState {
  const [geo, setGeo] = useState<HandoutGeo>();
  const [settled, setSettled] = useState(false);
  const [drawn, setDrawn] = useState(false);
  const printPending = useRef(false);
  // An offline briefing carries the basemap in the page: file:// pages cannot fetch.
  const carried = useBasemapData();
  const story = useDateline((state) => state.story);
  const focus = useMemo(() => storyFocus(story), [story]);

  useEffect(() => {
    let live = true;
    const base = new URL(`${import.meta.env.BASE_URL}geo/`, window.location.href).href;
    const reader = carried ? async (file: string) => carried.files[file] : fetchGeoFiles(base);
    loadHandoutGeo(reader, focus)
      .then((loaded) => {
        if (live) setGeo(loaded);
      })
      .catch((error: unknown) => {
        // The handout still prints, with each event drawn on a plain background.
        if (import.meta.env.DEV) console.warn('Handout basemap not loaded:', error);
      })
      .finally(() => {
        if (live) setSettled(true);
      });
    return () => {
      live = false;
    };
  }, [carried, focus]);

  useEffect(() => {
    // The browser lays the page out for print right after this event: the pages must be in the
    // document by then, hence a synchronous render.
    const onBeforePrint = () => flushSync(() => setDrawn(true));
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);

  useEffect(() => {
    if (!settled || !printPending.current) return;
    printPending.current = false;
    window.print();
  }, [settled]);

  const print = useCallback(() => {
    if (settled) window.print();
    else printPending.current = true;
  }, [settled]);
  return { geo, settled, drawn, print };
}
