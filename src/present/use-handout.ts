/**
 * The printed handout's life: its basemap loads in the background once a presentation opens,
 * and its pages are drawn only when a print starts (the button, the browser's menu, Ctrl+P or
 * a PDF export all fire `beforeprint`), so the audience screen never pays for nineteen maps.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { HandoutGeo } from '../map/static-map-geo';
import { useStaticMapGeo } from '../map/use-static-map-geo';

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
  const { geo, settled } = useStaticMapGeo();
  const [drawn, setDrawn] = useState(false);
  const printPending = useRef(false);

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
