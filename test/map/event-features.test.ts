import { describe, expect, it } from 'vitest';
import { generateStory } from '../../scripts/generate-story.mjs';
import {
  eventAnchors,
  eventFeatures,
  MANY_EVENTS,
  pointFeaturesSteps,
  radiusAtZoom0,
} from '../../src/map/event-features';
import { stackSlotsByEvent } from '../../src/map/marker-stacks';
import { runSteps } from '../../src/story/work-in-slices';
import { parseStory } from '../../src/story/parse-story';
import { miniStoryData } from '../fixtures/load-fixture';
import { mapStory } from './map-story';

describe('eventFeatures', () => {
  it('builds the features once per story', () => {
    const story = mapStory();
    expect(eventFeatures(story)).toBe(eventFeatures(story));
  });

  it('gives every event one marker per anchor, in time order', () => {
    const story = mapStory();
    const ids = eventFeatures(story).markers.features.map((feature) => feature.properties.id);
    expect(ids).toEqual(story.events.map((event) => event.id));
  });

  it('carries id, kind, times in ms, precision, range and approximate on each feature', () => {
    const story = mapStory();
    const exercise = eventFeatures(story).markers.features.find(
      (feature) => feature.properties.id === 'exercise',
    );
    expect(exercise?.properties).toMatchObject({
      id: 'exercise',
      kind: 'exercise',
      start: Date.UTC(2021, 9, 18),
      end: Date.UTC(2021, 9, 24),
      precision: 'day',
      isRange: true,
      approximate: false,
    });
  });

  it("carries the colour and look of the event's kind, declared or default", () => {
    const story = mapStory();
    const declared = {
      ...story,
      kinds: [{ id: 'exercise', label: 'Drill', color: '#2166ac', symbol: 'cross' as const }],
    };
    const exercise = eventFeatures(declared).markers.features.find(
      (feature) => feature.properties.id === 'exercise',
    );
    expect(exercise?.properties).toMatchObject({ color: '#2166ac', look: 'cross_2166ac' });
    const builtIn = eventFeatures(story).markers.features.find(
      (feature) => feature.properties.id === 'exercise',
    );
    expect(builtIn?.properties).toMatchObject({ color: '#D55E00', look: 'triangle_d55e00' });
  });

  it('draws times known to the minute or hour solid, like days', () => {
    const data = miniStoryData();
    const events = data.events.map((event) =>
      event.id === 'border-talks'
        ? { ...event, time: { start: '2021-10-19T14:00+05:00', precision: 'hour' } }
        : event,
    );
    const parsed = parseStory({ ...data, format: 2, events });
    const story = parsed.ok ? parsed.story : undefined;
    const timed =
      story?.events &&
      eventFeatures(story).markers.features.find(
        (feature) => feature.properties.id === 'border-talks',
      );
    expect(timed?.properties).toMatchObject({ precision: 'hour', approximate: false });
  });

  it('marks dates not known to the day as approximate', () => {
    const markers = eventFeatures(mapStory()).markers.features;
    const approximate = markers
      .filter((feature) => feature.properties.approximate)
      .map((feature) => feature.properties.id);
    expect(approximate).toEqual(['advance', 'buildup']);
  });

  it('draws an area for each uncertain place and each exact polygon, but none for an exact point', () => {
    const ids = eventFeatures(mapStory()).areas.features.map((feature) => feature.properties.id);
    expect(ids).toContain('exercise');
    expect(ids).toContain('advance');
    expect(ids).not.toContain('statement');
  });

  it('draws the largest area first, so smaller ones stay on top', () => {
    const ids = eventFeatures(mapStory()).areas.features.map((feature) => feature.properties.id);
    expect(ids[0]).toBe('advance');
  });

  it('spreads markers at the same spot into a stack and leaves a lone marker alone', () => {
    const markers = eventFeatures(mapStory()).markers.features;
    const slotOf = (id: string) =>
      markers.find((feature) => feature.properties.id === id)?.properties.slot;
    expect([slotOf('conference'), slotOf('talks')]).toEqual([200, 201]);
    expect(slotOf('statement')).toBe(100);
  });

  it('spreads stacks as a still map does (stackSlotsByEvent), anchor for anchor', () => {
    // Each walks the placed events and their anchor points in its own loop: these hold the two
    // to one order, so the first view's stacks do not move when the live map takes over.
    const large = parseStory(generateStory(MANY_EVENTS + 1));
    if (!large.ok) throw new Error('generated story did not parse');
    for (const story of [mapStory(), large.story]) {
      const live = new Map<string, number[]>();
      for (const { properties } of runSteps(pointFeaturesSteps(story)).markers.features) {
        live.set(properties.id, [...(live.get(properties.id) ?? []), properties.slot]);
      }
      const still = stackSlotsByEvent(story.events);
      expect(still).toEqual(live);
      // Stacks to agree on: a slot of 200 or more is a marker in a stack of two or more.
      expect([...still.values()].flat().some((slot) => slot >= 200)).toBe(true);
    }
  });

  it('records each area’s size, for fainter large areas', () => {
    const areas = eventFeatures(mapStory()).areas.features;
    const exercise = areas.find((feature) => feature.properties.id === 'exercise');
    // A circle of 25 km radius: π × 25² ≈ 1963 km².
    expect(exercise?.properties.areaKm2).toBeGreaterThan(1900);
    expect(exercise?.properties.areaKm2).toBeLessThan(1970);
  });

  it('draws lines as lines', () => {
    const lines = eventFeatures(mapStory()).lines.features;
    expect(lines.map((feature) => [feature.properties.id, feature.geometry.type])).toEqual([
      ['buildup', 'LineString'],
    ]);
  });
});

describe('eventAnchors', () => {
  it('names each marker with its event id and place name', () => {
    const talks = eventAnchors(mapStory()).find((anchor) => anchor.id === 'talks');
    expect(talks).toEqual({ id: 'talks', name: 'Moscow', position: [37.62, 55.76] });
  });
});

describe('circles of doubt in very large stories', () => {
  it('keeps exact polygons in a story of ordinary size', () => {
    expect(runSteps(pointFeaturesSteps(mapStory())).circles.features).toEqual([]);
  });

  it('draws the points of a very large story as circles, not polygons', () => {
    const result = parseStory(generateStory(MANY_EVENTS + 1));
    if (!result.ok) throw new Error('generated story did not parse');
    const withDoubt = result.story.events.filter((event) => (event.place?.uncertaintyKm ?? 0) > 0);
    expect(runSteps(pointFeaturesSteps(result.story)).circles.features).toHaveLength(
      withDoubt.length,
    );
    expect(eventFeatures(result.story).areas.features).toEqual([]);
  });

  it('gives a circle the radius of its doubt on the ground at any zoom', () => {
    const km = 50;
    const latitude = 38;
    const zoom = 7;
    const pixels = radiusAtZoom0([69, latitude], km) * 2 ** zoom;
    const metresPerPixel =
      (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
    expect(pixels * metresPerPixel).toBeCloseTo(km * 1000, 3);
  });
});

describe('the markers of a very large story', () => {
  const result = parseStory(generateStory(MANY_EVENTS + 1));
  if (!result.ok) throw new Error('generated story did not parse');
  const story = result.story;

  it('are not kept as GeoJSON once built (the GPU draws them from arrays)', () => {
    expect(eventFeatures(story).markers.features).toEqual([]);
  });

  it('are still built, one per placed event, for the GPU marks to be packed from', () => {
    const placed = story.events.filter((event) => event.place);
    expect(runSteps(pointFeaturesSteps(story)).markers.features).toHaveLength(placed.length);
  });
});
