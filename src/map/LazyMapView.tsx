/**
 * The map, loaded with its engine: MapView imports MapLibre, react-map-gl and the geometry
 * helpers, so the layouts take it through this lazy wrapper and the text of the story shows
 * before (and while) those bytes arrive.
 */
import { lazy, Suspense } from 'react';
import type { MapViewProps } from './MapView';

const MapView = lazy(async () => ({ default: (await import('./MapView')).MapView }));

/** Starts fetching the map's code now (the shell calls this at start so nothing waits on React). */
export function preloadMapView(): void {
  void import('./MapView');
}

/**
 * The map view once its code has arrived; until then an empty box of the same size (the layouts
 * size .app__map and friends), so nothing moves when the map takes its place.
 */
export function LazyMapView(props: MapViewProps) {
  // The build's prerender (no map engine in Node) draws the box the map will fill.
  if (import.meta.env.SSR) return <div className="map-placeholder" aria-busy="true" />;
  return (
    <Suspense fallback={<div className="map-placeholder" aria-busy="true" />}>
      <MapView {...props} />
    </Suspense>
  );
}
