import { describe, expect, it } from 'vitest';
import { axisGeometry, laneCentre } from '../../src/timeline/axis-geometry';
import { storyMarks } from '../../src/timeline/event-layout';
import { STILL_AXIS_MOST, STILL_AXIS_PX, stillAxisDrawing } from '../../src/timeline/still-axis';
import { DAY_MS } from '../../src/time/partial-date';
import { storyWithManyEvents } from '../fixtures/many-events';
import { fixtureStory } from './fixture-story';

/** August to October 2021: the fixture's recent events, with the war's end and not the March talks. */
const AXIS = { from: Date.UTC(2021, 7, 1), to: Date.UTC(2021, 10, 1) };
const fractionOf = (ms: number) => (ms - AXIS.from) / (AXIS.to - AXIS.from);

function drawing() {
  const marks = storyMarks(fixtureStory());
  const geometry = axisGeometry(marks.overlap);
  const drawn = stillAxisDrawing(marks, AXIS, geometry, 'en');
  if (!drawn) throw new Error('the fixture is small enough to draw');
  return { marks, geometry, drawn };
}

describe('the still timeline', () => {
  it('draws every event on the axis and none off it', () => {
    const { drawn } = drawing();
    // Seven of the eight events reach into August–October; the March talks do not.
    expect(drawn.marks).toHaveLength(7);
  });

  it('places a day at its middle, as a fraction of the axis, whatever the axis width', () => {
    const { drawn } = drawing();
    const kabul = fractionOf(Date.UTC(2021, 7, 15) + DAY_MS / 2);
    const point = drawn.marks.find((mark) => Math.abs(mark.from - kabul) < 1e-9);
    expect(point?.style).toBe('point');
    expect(point?.to).toBe(point?.from);
  });

  it('clips a range that starts before the axis to its left end, and keeps its look', () => {
    const { drawn } = drawing();
    const war = drawn.marks.find((mark) => mark.from === 0 && mark.style === 'coarse');
    expect(war).toBeDefined();
    // The war is known to the month: it ends with August.
    expect(war?.to).toBeCloseTo(fractionOf(Date.UTC(2021, 8, 1)), 2);
  });

  it('fades the ends of an approximate range, and puts overlapping ranges in their own lanes', () => {
    const { drawn, geometry } = drawing();
    const buildup = drawn.marks.find((mark) => mark.style === 'approximate-bar');
    expect(buildup?.fade).toBeGreaterThan(0);
    expect(buildup?.fade).toBeLessThan(0.5);
    const bars = drawn.marks.filter((mark) => mark.style !== 'point');
    for (const [index, bar] of bars.entries())
      for (const other of bars.slice(index + 1))
        if (bar.from < other.to && other.from < bar.to) expect(bar.y).not.toBe(other.y);
    const lanes = Array.from({ length: geometry.barLanes + 3 }, (_, lane) =>
      laneCentre(geometry, lane),
    );
    for (const mark of drawn.marks) expect(lanes).toContain(mark.y);
  });

  it('labels the months without labels meeting at its narrow width, the ends kept inside', () => {
    const { drawn } = drawing();
    expect(drawn.labels.map((label) => label.label)).toEqual(['Aug 2021', 'Sep', 'Oct', 'Nov']);
    expect(drawn.labels.map((label) => label.anchor)).toEqual(['start', 'middle', 'middle', 'end']);
    const px = drawn.labels.map((label) => label.at * STILL_AXIS_PX);
    for (let index = 1; index < px.length; index += 1)
      expect((px[index] ?? 0) - (px[index - 1] ?? 0)).toBeGreaterThan(40);
    for (const at of [...drawn.major, ...drawn.minor]) {
      expect(at).toBeGreaterThanOrEqual(0);
      expect(at).toBeLessThanOrEqual(1);
    }
  });

  it('leaves a story too big for the page’s HTML to the canvas', () => {
    const small = storyMarks(storyWithManyEvents(STILL_AXIS_MOST));
    const big = storyMarks(storyWithManyEvents(STILL_AXIS_MOST + 1));
    const axis = { from: Date.UTC(2000, 0, 1), to: Date.UTC(2001, 0, 1) };
    expect(stillAxisDrawing(small, axis, axisGeometry(small.overlap), 'en')).toBeDefined();
    expect(stillAxisDrawing(big, axis, axisGeometry(big.overlap), 'en')).toBeUndefined();
  });
});
