/**
 * Loads the basemap a static SVG map draws (the printed handout, the map shown without WebGL):
 * from the page when it carries the files (the offline briefing), else from the app's geo/.
 */
import { useEffect, useMemo, useState } from 'react';
import { useDateline } from '../state/store-context';
import { useBasemapData } from './basemap-data';
import { storyFocus } from './story-focus';
import { fetchGeoFiles, loadHandoutGeo, type HandoutGeo } from './static-map-geo';

export interface StaticMapGeo {
  readonly geo: HandoutGeo | undefined;
  /** True once the basemap has loaded or failed: a drawing now has everything it will. */
  readonly settled: boolean;
}

/** The static maps' basemap; undefined until loaded, and for good if it cannot be. */
export function useStaticMapGeo(): StaticMapGeo {
  const [geo, setGeo] = useState<HandoutGeo>();
  const [settled, setSettled] = useState(false);
  // file:// pages cannot fetch: the offline briefing carries the basemap in the page.
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
        // The map still draws, with each event on a plain background.
        if (import.meta.env.DEV) console.warn('Static map basemap not loaded:', error);
      })
      .finally(() => {
        if (live) setSettled(true);
      });
    return () => {
      live = false;
    };
  }, [carried, focus]);
  return { geo, settled };
}
