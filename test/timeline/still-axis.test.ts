import { describe, expect, it } from 'vitest';
import { axisGeometry, laneCentre } from '../../src/timeline/axis-geometry';
import { storyMarks } from '../../src/timeline/event-layout';
import { labelWidth } from '../../src/timeline/label-width';
import {
  STILL_AXIS_LAYOUTS,
  STILL_AXIS_MOST,
  STILL_AXIS_PX,
  stillAxisDrawing,
  type StillAxisDrawing,
  type StillLayout,
  type StillMark,
} from '../../src/timeline/still-axis';
import { DAY_MS } from '../../src/time/partial-date';
import { storyWithManyEvents } from '../fixtures/many-events';
import { fixtureStory } from './fixture-story';

/** August to October 2021: the fixture's recent events, with the war's end and not the March talks. */
const AXIS = { from: Date.UTC(2021, 7, 1), to: Date.UTC(2021, 10, 1) };
const fractionOf = (ms: number) => (ms - AXIS.from) / (AXIS.to - AXIS.from);

/** The layout shown at an axis `width` px wide. */
function layoutFor(drawn: StillAxisDrawing, width: number): StillLayout {
  const layout = drawn.layouts.find(
    ({ min, max }) => (min ?? -Infinity) <= width && width <= (max ?? Infinity),
  );
  if (!layout) throw new Error(`a layout for ${width} px`);
  return layout;
}

const baseLayout = () => layoutFor(drawing().drawn, STILL_AXIS_PX);

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
    const lanes = Array.from({ length: geometry.barLanes + 3 }, (_, lane) =>
      laneCentre(geometry, lane),
    );
    for (const layout of drawn.layouts) {
      const y = (mark: StillMark) => layout.y[drawn.marks.indexOf(mark)];
      const bars = drawn.marks.filter((mark) => mark.style !== 'point');
      for (const [index, bar] of bars.entries())
        for (const other of bars.slice(index + 1))
          if (bar.from < other.to && other.from < bar.to) expect(y(bar)).not.toBe(y(other));
      expect(layout.y).toHaveLength(drawn.marks.length);
      for (const centre of layout.y) expect(lanes).toContain(centre);
    }
  });

  it('labels the months without labels meeting at 360 px, the first kept inside the axis', () => {
    const base = baseLayout();
    expect(base.labels.map((label) => label.label)).toEqual(['Aug 2021', 'Sep', 'Oct', 'Nov']);
    // "Aug 2021" centred on 1 August would cross the axis's left end: it starts 2 px inside it,
    // as the canvas draws it; "Nov" is centred on 1 November, the axis's right end.
    expect(base.labels.map((label) => label.anchor)).toEqual(['start', 'middle', 'middle', 'end']);
    const px = base.labels.map((label) => label.at * STILL_AXIS_PX);
    for (let index = 1; index < px.length; index += 1)
      expect((px[index] ?? 0) - (px[index - 1] ?? 0)).toBeGreaterThan(40);
    for (const at of [...base.major, ...base.minor]) {
      expect(at).toBeGreaterThanOrEqual(0);
      expect(at).toBeLessThanOrEqual(1);
    }
  });

  it('lays out every width from a phone’s axis to a wide monitor’s, each once, in order', () => {
    const { drawn } = drawing();
    const { layouts } = drawn;
    expect(layouts.length).toBeGreaterThan(1);
    expect(layouts.length).toBeLessThanOrEqual(STILL_AXIS_LAYOUTS);
    expect(layouts[0]?.min).toBeUndefined();
    expect(layouts.at(-1)?.max).toBeUndefined();
    for (let index = 1; index < layouts.length; index += 1)
      expect(layouts[index]?.min).toBe((layouts[index - 1]?.max ?? NaN) + 1);
    const base = layouts[drawn.base];
    expect(base?.min ?? -Infinity).toBeLessThanOrEqual(STILL_AXIS_PX);
    expect(base?.max ?? Infinity).toBeGreaterThanOrEqual(STILL_AXIS_PX);
  });

  it('shows on a wide axis the finer ticks the canvas draws there, not the 360 px ones', () => {
    const { drawn } = drawing();
    const wide = layoutFor(drawn, 1_178);
    const labels = wide.labels.map((label) => label.label);
    // Five-day ticks: the canvas's at 1,178 px (time-ticks.ts), where 360 px has months; "6 Aug"
    // would meet "1 Aug 2021" and is left out, as the canvas leaves it out.
    expect(labels.slice(0, 3)).toEqual(['1 Aug 2021', '11 Aug', '16 Aug']);
    expect(wide.major.length).toBeGreaterThan(baseLayout().major.length);
    expect(wide.labels.slice(1, -1).every((label) => label.anchor === 'middle')).toBe(true);
  });

  it('keeps a label inside the axis by its width in the canvas’s font', () => {
    const { drawn } = drawing();
    for (const layout of drawn.layouts) {
      const width = layout.max ?? layout.min ?? STILL_AXIS_PX;
      for (const { at, label, anchor } of layout.labels) {
        const half = labelWidth(label) / 2;
        const inside = at * width >= half + 2 && at * width <= width - half - 2;
        expect(anchor === 'middle').toBe(inside);
      }
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
