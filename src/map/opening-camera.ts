/**
 * The camera a live map opens on, as the store has it before the map exists: a camera asked for
 * (a link's view, a presentation step's camera), else the selected event framed as map-sync
 * frames it (a presentation's first step), else the story's own view (MapView.tsx, fitStory).
 * Undefined when the map will fit the story's events to its box. The still map painted before
 * the live one draws this camera's view (FirstMap.tsx), so the takeover does not move the map.
 */
import { placeBounds } from '../geo/event-bounds';
import { cameraForBounds, type CameraPosition } from '../geo/mercator';
import { eventIndex } from '../state/selectors';
import type { DatelineState } from '../state/store';
import type { Story } from '../story/story';
import { SELECTION_MAX_ZOOM, sidePadding } from './map-sync';

/** The box an opening camera is worked out for when it depends on the box (a framed event). */
export interface OpeningBox {
  readonly width: number;
  readonly height: number;
}

export function openingCamera(
  state: Pick<DatelineState, 'story' | 'camera' | 'selectedId'>,
  box: OpeningBox,
): CameraPosition | undefined {
  const { story, camera, selectedId } = state;
  if (camera) return camera;
  const selected =
    story && selectedId !== undefined ? eventIndex(story).get(selectedId) : undefined;
  if (selected?.place) {
    return cameraForBounds(placeBounds(selected.place), {
      ...box,
      padding: sidePadding(box.width, box.height),
      maxZoom: SELECTION_MAX_ZOOM,
    });
  }
  return story && storyViewCamera(story);
}

/** The story's own view (its `map.view`) as a camera; none when the story names none. */
export function storyViewCamera(story: Story): CameraPosition | undefined {
  const view = story.map?.view;
  return view && { lon: view.center[0], lat: view.center[1], zoom: view.zoom };
}
