import { describe, expect, it } from 'vitest';
import {
  findPlaced,
  hitMark,
  outsideAxis,
  placedMark,
  placeMarks,
  MARKS_SLICE,
  storyMarks,
  storyMarksSteps,
  styleAt,
} from '../../src/timeline/event-layout';
import { runSteps } from '../../src/story/work-in-slices';
import { DAY_MS } from '../../src/time/partial-date';
import { createTimeScale } from '../../src/time/time-scale';
import { storyWithManyEvents } from '../fixtures/many-events';
import { fixtureStory } from './fixture-story';

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
const story = fixtureStory();
const marks = storyMarks(story);
const at = (id: string) => marks.indexOf.get(id) ?? -1;
const axis = { from: day('2021-07-27'), to: day('2021-10-30') };

describe('storyMarks', () => {
  it('is built once per story', () => {
    expect(storyMarks(story)).toBe(marks);
  });

  it("indexes each event's kind into the story's kinds, declared or not", () => {
    const declared = {
      ...story,
      kinds: [{ id: 'diplomacy', label: 'Talks' }],
      events: story.events.map((event, index) =>
        index === 0 ? { ...event, kind: 'flood' } : event,
      ),
    };
    const own = storyMarks(declared);
    expect(own.looks[0]?.label).toBe('Talks');
    declared.events.forEach((event, index) => {
      expect(own.looks[own.kinds[index] ?? -1]?.id).toBe(event.kind);
    });
  });

  it('draws a single known day as a point', () => {
    expect(styleAt(marks, at('kabul'))).toBe('point');
  });

  it('draws a known range of days as a solid bar', () => {
    expect(styleAt(marks, at('csto'))).toBe('bar');
  });

  it('draws a date known only to the month as a coarse bar over the whole month', () => {
    expect(styleAt(marks, at('march-talks'))).toBe('coarse');
    expect(marks.ends[at('march-talks')]! - marks.starts[at('march-talks')]!).toBe(31 * 86_400_000);
  });

  it('draws an approximate range as an approximate bar', () => {
    expect(styleAt(marks, at('buildup'))).toBe('approximate-bar');
  });

  it('counts how many ranges overlap at most', () => {
    // Never more than two at once: war with March or drills; drills with buildup; buildup with csto.
    expect(marks.overlap).toBe(2);
  });

  /** The fixture's events given these [start, end) day ranges (a one-day range is a point). */
  const withRanges = (ranges: readonly [number, number][]) => {
    const many = storyWithManyEvents(ranges.length);
    const events = many.events.map((event, index) => {
      const [start = 0, end = 0] = ranges[index] ?? [];
      return { ...event, time: { ...event.time, start: start * DAY_MS, end: end * DAY_MS } };
    });
    return storyMarks({ ...many, events });
  };

  it('does not count ranges that only touch as overlapping', () => {
    expect(
      withRanges([
        [0, 5],
        [5, 9],
        [9, 12],
      ]).overlap,
    ).toBe(1);
  });

  it('counts nested and crossing ranges, leaving points out', () => {
    // 0–10 holds 2–8 and 3–4; 7–15 crosses in at 7; the one-day events at 3 are points.
    const ranges: [number, number][] = [
      [0, 10],
      [2, 8],
      [3, 5],
      [7, 15],
      [3, 4],
      [3, 4],
    ];
    expect(withRanges(ranges).overlap).toBe(3);
  });
});

describe('storyMarksSteps', () => {
  it('gives the page a turn between slices of events', () => {
    const steps = storyMarksSteps(storyWithManyEvents(MARKS_SLICE * 2 + 1));
    let turns = 0;
    while (!steps.next().done) turns += 1;
    expect(turns).toBe(2);
  });

  it('builds the same marks as one build, and caches them for the render', () => {
    const many = storyWithManyEvents(MARKS_SLICE + 10);
    const sliced = runSteps(storyMarksSteps(many));
    expect(storyMarks(many)).toBe(sliced);
    const whole = storyMarks({ ...many });
    expect({ ...sliced, looks: [] }).toEqual({ ...whole, looks: [] });
  });

  it('ends with the marks a render built while it was paused', () => {
    const many = storyWithManyEvents(MARKS_SLICE * 3);
    const steps = storyMarksSteps(many);
    steps.next();
    const rendered = storyMarks(many);
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value).toBe(rendered);
  });
});

describe('placeMarks', () => {
  const scale = createTimeScale(axis, 1000);

  it('places only marks that reach into the axis', () => {
    const ids = Array.from(placeMarks(marks, scale, 4, 3).index, (index) => marks.ids[index]);
    expect(ids).toContain('war');
    expect(ids).not.toContain('march-talks');
  });

  it('puts overlapping ranges in different lanes', () => {
    const placed = placeMarks(marks, scale, 4, 3);
    const lane = (id: string) => findPlaced(placed, at(id))?.lane;
    expect(lane('drills')).not.toBe(lane('buildup'));
  });

  it('puts single days in the point lanes below the ranges', () => {
    const placed = placeMarks(marks, scale, 4, 3);
    expect(findPlaced(placed, at('kabul'))?.lane).toBeGreaterThanOrEqual(4);
  });

  it('keeps lanes when the axis pans', () => {
    const panned = createTimeScale(
      { from: axis.from + 5 * 86_400_000, to: axis.to + 5 * 86_400_000 },
      1000,
    );
    const lanes = (placed: ReturnType<typeof placeMarks>) =>
      Array.from({ length: placed.count }, (_, position) => {
        const mark = placedMark(placed, position);
        return [mark.index, mark.lane];
      });
    const before = lanes(placeMarks(marks, scale, 4, 3));
    const after = lanes(placeMarks(marks, panned, 4, 3));
    expect(after).toEqual(before);
  });

  // How fast this runs is the scrub benchmark's to print (npm run bench:scrub), not a test's.
  it('places every one of ten thousand events on screen, each in a lane of its own kind', () => {
    const many = storyMarks(storyWithManyEvents(10_000));
    const wide = createTimeScale({ from: Date.UTC(2000, 0, 1), to: Date.UTC(2028, 0, 1) }, 1920);
    const placed = placeMarks(many, wide, 8, 3);
    expect(placed.count).toBe(10_000);
    expect(new Set(placed.index).size).toBe(10_000);
    for (let position = 0; position < placed.count; position += 1) {
      const mark = placedMark(placed, position);
      const point = ['point', 'approximate-point'].includes(styleAt(many, mark.index));
      if (point) expect(mark.lane).toBeGreaterThanOrEqual(8);
      else expect(mark.lane).toBeLessThan(8);
      expect(mark.lane).toBeLessThan(11);
    }
  });
});

describe('hitMark', () => {
  const scale = createTimeScale(axis, 1000);
  const placed = placeMarks(marks, scale, 4, 3);

  it('finds the mark under the pointer in its lane', () => {
    const kabul = findPlaced(placed, at('kabul'))!;
    expect(hitMark(placed, (kabul.x0 + kabul.x1) / 2, kabul.lane, 3)).toBe(at('kabul'));
  });

  it('finds nothing in empty space', () => {
    expect(hitMark(placed, 2, 5, 3)).toBeUndefined();
  });
});

describe('outsideAxis', () => {
  it('counts events wholly before the axis and names the nearest', () => {
    const outside = outsideAxis(marks, axis);
    expect(outside.before).toBe(1);
    expect(outside.nearestBefore).toBe(at('march-talks'));
  });

  it('counts events wholly after the axis', () => {
    expect(outsideAxis(marks, { from: day('2021-03-01'), to: day('2021-10-16') }).after).toBe(2);
  });
});
