/**
 * Whether a story's marks are drawn by MapLibre's layers (in the map's style: story-style.ts) or
 * on the GPU. A large story's point marks are drawn on the GPU (TimeMarksLayers): their sources
 * stay, empty, and no symbol or circle layer reads them, so a scrub step re-tiles nothing.
 */
import type { Story } from '../story/story';
import { eventFeatures, MANY_EVENTS } from './event-features';
import { readsWindow, storyLayers } from './story-layers';

/** True when the story's point marks are drawn on the GPU rather than by symbol layers. */
export function drawsOnGpu(story: Story): boolean {
  return story.events.length > MANY_EVENTS;
}

/**
 * True when the story's layers read the time window from global state: then a scrub step writes
 * it there. A large story of points has no such layer, and its steps leave the style alone.
 */
export function styleReadsWindow(story: Story): boolean {
  return readsWindow(storyLayers(eventFeatures(story), drawsOnGpu(story), 'light'));
}
