/**
 * What both still maps draw (the first map painted before MapLibre, and the map shown without
 * WebGL): the events in the time window that have a place, their kinds' looks, and a frame
 * around the whole story's region.
 */
import { useMemo } from 'react';
import { eventsBounds } from '../geo/event-bounds';
import type { BBox } from '../geo/geometry';
import { selectKindTable, selectVisibleEvents } from '../state/selectors';
import { useDateline } from '../state/store-context';
import type { StoryEvent } from '../story/story';
import type { KindTable } from '../story/kind-looks';
import type { CameraPosition } from '../geo/mercator';
import { stackSlotsByEvent } from './marker-stacks';
import { frameAround, frameAtCamera, type Frame } from './static-map';

/** The props of StaticMapDrawing that come from the story: one type for both still maps. */
export interface StillMapScene {
  readonly frame: Frame;
  /** The events in the window with a place; the Events list holds those without. */
  readonly events: readonly StoryEvent[];
  /** Each placed event's slots in stacks, one per anchor point, as the interactive map has them. */
  readonly stacks: ReadonlyMap<string, readonly number[]>;
  readonly kinds: KindTable;
}

const NO_STACKS: ReadonlyMap<string, readonly number[]> = new Map();

/** The whole world, less the polar seas, when there is no story (or it has no places) yet. */
const WORLD: BBox = [-180, -60, 180, 75];

/** Where a still map looks: its frame's limit, or a camera to show what a live map would. */
export interface StillMapOptions {
  /** The basemap's extent: the frame neither passes nor (with no story) exceeds it. */
  readonly limit?: BBox;
  /** A live map's camera: the frame is what a `width` × `height` px map shows from it. */
  readonly camera?: CameraPosition;
}

/**
 * The scene of a `width` × `height` still map, and whether a story is loaded. The story's whole
 * region stays framed as the window changes (or the camera's view, when given): the reader sees
 * marks come and go, not the map jump.
 */
export function useStillMapScene(
  width: number,
  height: number,
  { limit, camera }: StillMapOptions = {},
): StillMapScene & { readonly hasStory: boolean } {
  const story = useDateline((state) => state.story);
  const visible = useDateline(selectVisibleEvents);
  const kinds = useDateline(selectKindTable);
  const events = useMemo(
    () => visible.toArray().filter((event) => event.place !== undefined),
    [visible],
  );
  // Over the whole story, in its order, as the interactive map stacks its markers (all of them
  // kept, the window's shown): a stack does not reshuffle as the window changes.
  const stacks = useMemo(() => (story ? stackSlotsByEvent(story.events) : NO_STACKS), [story]);
  const frame = useMemo(() => {
    if (camera) return frameAtCamera(camera, width, height);
    const box = (story && eventsBounds(story.events)) ?? limit ?? WORLD;
    return frameAround(box, width, height, limit);
  }, [story, width, height, limit, camera]);
  return { frame, events, stacks, kinds, hasStory: story !== undefined };
}
