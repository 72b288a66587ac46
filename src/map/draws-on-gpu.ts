/**
 * Whether a story's marks are drawn by MapLibre's layers (in the map's style: story-style.ts) or
 * on the GPU. A large story's point marks are drawn on the GPU (TimeMarksLayers): their sources
 * stay, empty, and no symbol or circle layer reads them, so a scrub step re-tiles nothing.
 */
import type { Story } from '../story/story';
import { eventFeatures, MANY_EVENTS } from './event-features';
import type { WindowBy } from './event-layers';
import { readsWindow, storyLayers } from './story-layers';

/** True when the story's point marks are drawn on the GPU rather than by symbol layers. */
export function drawsOnGpu(story: Story): boolean {
  return story.events.length > MANY_EVENTS;
}

/**
 * How a scrub step reaches the story's layers (WindowBy in event-layers.ts), or `none` when no
 * layer follows the window: a large story of points is all on the GPU, whose marks read the
 * window themselves, and its steps leave the style alone.
 */
export type WindowSync = WindowBy | 'none';

/** How the story's layers follow the time window. */
export function windowSyncOf(story: Story): WindowSync {
  if (!drawsOnGpu(story)) return 'state';
  return readsWindow(storyLayers(eventFeatures(story), true, 'light')) ? 'filter' : 'none';
}
