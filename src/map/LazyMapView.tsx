/**
 * The map, loaded with its engine: MapView imports MapLibre, react-map-gl and the geometry
 * helpers, so the layouts take it through this lazy wrapper and the text of the story shows
 * before (and while) those bytes arrive.
 */
import { lazy, Suspense, use, useCallback, useState } from 'react';
import { useDateline } from '../state/store-context';
import { FIRST_MAP_SLOT, FirstMapContext } from './first-map-slot';
import type { MapViewProps } from './MapView';

const MapView = lazy(async () => ({ default: (await import('./MapView')).MapView }));

/** Starts fetching the map's code now (the shell calls this at start so nothing waits on React). */
export function preloadMapView(): void {
  void import('./MapView');
}

/**
 * The map view once its code has arrived; until then an empty box of the same size (the layouts
 * size .app__map and friends), so nothing moves when the map takes its place. Over it, the slot
 * that holds the page's first (still) map until the live map has drawn every event.
 */
export function LazyMapView(props: MapViewProps) {
  const [drawn, setDrawn] = useState(false);
  const failed = useDateline((state) => state.status === 'failed');
  const onDrawn = useCallback(() => setDrawn(true), []);
  const firstMap = use(FirstMapContext);
  // The build's prerender (no map engine in Node) draws the box the map will fill, and the
  // still map in it.
  if (import.meta.env.SSR) {
    return (
      <>
        <div className="map-placeholder" aria-busy="true" />
        <div className={FIRST_MAP_SLOT}>{firstMap}</div>
      </>
    );
  }
  return (
    <>
      <Suspense fallback={<div className="map-placeholder" aria-busy="true" />}>
        <MapView {...props} onDrawn={onDrawn} />
      </Suspense>
      {/* Empty unless the page's first map was moved in (prerender-takeover.ts). */}
      {!drawn && !failed && <div className={FIRST_MAP_SLOT} />}
    </>
  );
}
