/**
 * The map, loaded with its engine: MapView imports MapLibre, react-map-gl and the geometry
 * helpers, so the layouts take it through this lazy wrapper and the text of the story shows
 * before (and while) those bytes arrive.
 */
import { lazy, Suspense, use, useCallback, useEffect, useState } from 'react';
import { useDateline, useDatelineStore } from '../state/store-context';
import { afterNextPaint, BIG_STORY_EVENTS, mayBeBigStory } from '../story/big-story';
import type { Story } from '../story/story';
import { FIRST_MAP, FIRST_MAP_SLOT, FirstMapContext } from './first-map-slot';
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
  const engine = useEngineStart();
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
  const placeholder = <div className="map-placeholder" aria-busy="true" />;
  return (
    <>
      {engine ? (
        <Suspense fallback={placeholder}>
          <MapView {...props} onDrawn={onDrawn} />
        </Suspense>
      ) : (
        placeholder
      )}
      {/* Empty unless the page's first map was moved in (prerender-takeover.ts). */}
      {!drawn && !failed && <div className={FIRST_MAP_SLOT} />}
    </>
  );
}

/** Whether the page's HTML holds a still first map, drawn by the build's prerender. */
function pageHasFirstMap(): boolean {
  return typeof document !== 'undefined' && document.querySelector(`.${FIRST_MAP}`) !== null;
}

/**
 * Whether the map engine may start. A story known to be small starts it at once, beside its
 * check in the worker (its map is drawn sooner, and its text is quick either way). A story that
 * may be big (big-story.ts) keeps the engine waiting until its text has been painted: the
 * engine's first tasks (a WebGL context, shaders, the basemap's first frames; 0.5 to 3 s of main
 * thread in software GL) otherwise came between the worker's answer and the story's first
 * render. Once started the engine stays, whatever the load says next.
 */
function useEngineStart(): boolean {
  const store = useDatelineStore();
  const loading = useDateline((state) => state.status === 'loading');
  const big = useDateline((state) => mayBeBigStory(state.loadProgress));
  // A story already in when the map mounts (another mode of the same story) has its text; a
  // page that carries its story's still first map has it in the HTML (the build prerenders only
  // the small shipped story), so its map need wait for nothing.
  const [started, setStarted] = useState(
    () => store.getState().status !== 'loading' || pageHasFirstMap(),
  );
  const now = started || (loading && !big);
  // Kept from here on (React's pattern for state that follows a render's inputs).
  if (now && !started) setStarted(true);
  useEffect(() => {
    if (started || loading) return undefined;
    let live = true;
    // The story is in: its text is painted in the frame after this commit, then a big story's
    // map data is built in slices, then the engine starts.
    const start = () => {
      if (live) setStarted(true);
    };
    // Data that failed to build is built again, at once, by the map itself.
    const cancel = afterNextPaint(() => void prepareMap(store.getState().story).then(start, start));
    return () => {
      live = false;
      cancel();
    };
  }, [started, loading, store]);
  return now;
}

/**
 * A big story's map data built in slices (map-prelude.ts), through the map's own module: a
 * second dynamic import would put its own list of the map's files in the first load.
 */
async function prepareMap(story: Story | undefined): Promise<void> {
  if (!story || story.events.length < BIG_STORY_EVENTS) return;
  const { prepareMapData } = await import('./MapView');
  await prepareMapData(story);
}
