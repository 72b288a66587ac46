/**
 * A big story's map data, built in slices after its text is painted and before the map engine
 * starts: the box the camera opens on (uncertainty circles included), the event features with
 * their stacks, and the GPU marks' arrays. Built inside the map's first render they were tasks
 * of 0.5–3 s at 100,000 events; here each slice is a few ms, and the map finds them built (each
 * is kept per story).
 */
import { eventsBoundsSteps } from '../geo/event-bounds';
import type { Story } from '../story/story';
import { buildInSlices } from '../story/work-in-slices';
import { drawsOnGpu } from './draws-on-gpu';
import { eventFeaturesSteps } from './event-features';
import { timeMarksDataSteps } from './time-marks/time-marks-of';

function* mapDataSteps(story: Story): Generator<void, void> {
  yield* eventsBoundsSteps(story.events);
  yield* eventFeaturesSteps(story);
  if (drawsOnGpu(story)) yield* timeMarksDataSteps(story);
}

/** Builds the story's map data in slices, `pause` giving the page its turn between them. */
export async function prepareMapData(story: Story, pause?: () => Promise<void>): Promise<void> {
  await buildInSlices(mapDataSteps(story), pause);
}
