import { describe, expect, it } from 'vitest';
import { placeBounds } from '../../src/geo/event-bounds';
import { mercatorX, mercatorY, worldPx } from '../../src/geo/mercator';
import { SELECTION_MAX_ZOOM, sidePadding } from '../../src/map/map-sync';
import { openingCamera } from '../../src/map/opening-camera';
import { parseStory } from '../../src/story/parse-story';
import type { Story } from '../../src/story/story';
import { mapStory, mapStoryData } from './map-story';

const BOX = { width: 1024, height: 345 };

function storyWithView(): Story {
  const result = parseStory({
    ...mapStoryData(),
    map: { view: { center: [67.75, 35.76], zoom: 3.6 } },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.story;
}

describe('the camera a live map opens on', () => {
  it('is none for a story without a view: the map fits its events to its box', () => {
    expect(
      openingCamera({ story: mapStory(), camera: undefined, selectedId: undefined }, BOX),
    ).toBeUndefined();
  });

  it('is the story’s own view', () => {
    expect(
      openingCamera({ story: storyWithView(), camera: undefined, selectedId: undefined }, BOX),
    ).toEqual({ lon: 67.75, lat: 35.76, zoom: 3.6 });
  });

  it('is the camera asked for before the view or a selection', () => {
    const camera = { lon: 10, lat: 20, zoom: 5 };
    expect(openingCamera({ story: storyWithView(), camera, selectedId: 'statement' }, BOX)).toBe(
      camera,
    );
  });

  it('frames a selected point as a selection does: on it, no closer than the selection zoom', () => {
    const camera = openingCamera(
      { story: storyWithView(), camera: undefined, selectedId: 'statement' },
      BOX,
    );
    expect(camera).toEqual({
      lon: expect.closeTo(68.78, 6),
      lat: expect.closeTo(38.56, 6),
      zoom: SELECTION_MAX_ZOOM,
    });
  });

  it('fits a selected area into the box within the padding a selection keeps', () => {
    const story = mapStory();
    const camera = openingCamera({ story, camera: undefined, selectedId: 'advance' }, BOX);
    const place = story.events.find((event) => event.id === 'advance')?.place;
    if (!camera || !place) throw new Error('no camera or no place');
    const [west, south, east, north] = placeBounds(place);
    const world = worldPx(camera.zoom);
    const room = (side: number) => side - 2 * sidePadding(BOX.width, BOX.height);
    const across = (mercatorX(east) - mercatorX(west)) * world;
    const down = (mercatorY(south) - mercatorY(north)) * world;
    expect(camera.zoom).toBeLessThan(SELECTION_MAX_ZOOM);
    // Fitted: one side fills its room, neither passes it.
    expect(Math.max(across / room(BOX.width), down / room(BOX.height))).toBeCloseTo(1, 6);
  });

  it('is none for a selected event with no place', () => {
    const data = mapStoryData();
    const result = parseStory({
      ...data,
      events: data.events.map((event) =>
        event.id === 'statement' ? { ...event, place: undefined } : event,
      ),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(
      openingCamera({ story: result.story, camera: undefined, selectedId: 'statement' }, BOX),
    ).toBeUndefined();
  });
});
