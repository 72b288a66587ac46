import { describe, expect, it } from 'vitest';
import { createDatelineStore } from '../../src/state/store';
import { kindTable } from '../../src/story/kind-looks';
import { parseStory } from '../../src/story/parse-story';
import { axisGeometry } from '../../src/timeline/axis-geometry';
import { storyMarks } from '../../src/timeline/event-layout';
import { StillAxis } from '../../src/timeline/StillAxis';
import { STILL_AXIS_MOST, stillAxisDrawing } from '../../src/timeline/still-axis';
import { layoutClass, markClass, markMoves } from '../../src/timeline/still-axis-css';
import { renderWithStore } from '../fixtures/render-with-store';
import { storyWithManyEvents } from '../fixtures/many-events';
import { FIXTURE, fixtureStory } from './fixture-story';

const AXIS = { from: Date.UTC(2021, 7, 1), to: Date.UTC(2021, 10, 1) };

function renderStill() {
  const store = createDatelineStore({});
  store.getState().storyLoaded(parseStory(FIXTURE));
  store.getState().setAxis(AXIS);
  const story = store.getState().story;
  if (!story) throw new Error('the fixture loads');
  const geometry = axisGeometry(storyMarks(story).overlap);
  const { container } = renderWithStore(<StillAxis geometry={geometry} />, store);
  const drawing = stillAxisDrawing(storyMarks(story), AXIS, geometry, 'en');
  if (!drawing) throw new Error('the fixture is small enough to draw');
  return { container, geometry, drawing };
}

/** The ids an SVG reference (`#id` or `url(#id)`) names. */
const referenced = (value: string | null) => /#([^)]+)\)?$/.exec(value ?? '')?.[1];

describe('StillAxis', () => {
  it('draws each day on the axis in its kind’s shape, at its place in percent', () => {
    const { container } = renderStill();
    const points = [...container.querySelectorAll('use')];
    // Kabul (15 August), the ministers (15 October) and the troika (19 October).
    expect(points).toHaveLength(3);
    for (const point of points) {
      expect(point.getAttribute('x')).toMatch(/^\d+(\.\d+)?%$/);
      const shape = referenced(point.getAttribute('href'));
      expect(shape && container.querySelector(`[id="${shape}"]`)?.tagName).toBe('path');
    }
  });

  it('fills every hatched and faded range with a pattern or gradient the drawing holds', () => {
    const { container } = renderStill();
    const fills = [...container.querySelectorAll('rect[fill^="url("]')];
    // The war and the drills (known to the month) and the build-up (approximate).
    expect(fills).toHaveLength(3);
    for (const rect of fills) {
      const id = referenced(rect.getAttribute('fill'));
      expect(id && container.querySelector(`[id="${id}"]`)).not.toBeNull();
    }
  });

  it('colours marks by the theme’s kind colours, which the page declares', () => {
    const { container } = renderStill();
    const colours = [...container.querySelectorAll<SVGElement>('[style]')].map(
      (element) => element.style.color,
    );
    const kinds = kindTable(fixtureStory()).kinds.map((kind) => `var(--kind-${kind.id})`);
    expect(colours).toContain('var(--kind-conflict)');
    for (const colour of colours) expect(kinds).toContain(colour);
  });

  it('draws each layout’s labels in its class, and marks in the lanes of the base layout', () => {
    const { container, drawing } = renderStill();
    expect(drawing.layouts.length).toBeGreaterThan(1);
    drawing.layouts.forEach((layout, index) => {
      const texts = [...container.querySelectorAll(`g.${layoutClass(index)} > text`)];
      expect(texts.map((text) => text.textContent)).toEqual(layout.labels.map((l) => l.label));
      // A label the axis's left end would cut starts 2 px inside it, as on the canvas.
      for (const text of texts.filter((text) => text.getAttribute('text-anchor') === 'start'))
        expect(text.getAttribute('x')).toBe('2');
    });
    const base = drawing.layouts[drawing.base];
    const points = [...container.querySelectorAll('use')].map((use) =>
      Number(use.getAttribute('y')),
    );
    const pointYs = drawing.marks.flatMap((mark, index) =>
      mark.style === 'point' ? [base?.y[index]] : [],
    );
    expect(points.sort()).toEqual(pointYs.sort());
  });

  it('gives a mark that changes lanes between layouts a class of its own, and no other', () => {
    const { container, drawing } = renderStill();
    // Marks that meet at 360 px no longer meet on a wider axis, and the canvas packs them anew.
    expect(drawing.marks.some((_, index) => markMoves(drawing, index))).toBe(true);
    drawing.marks.forEach((_, index) => {
      const moves = markMoves(drawing, index);
      expect(container.querySelector(`.${markClass(index)}`) !== null).toBe(moves);
    });
  });

  it('is hidden from assistive technology, as the canvas is', () => {
    const { container } = renderStill();
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('draws nothing for a story too big for the page’s HTML', () => {
    const store = createDatelineStore({});
    const story = storyWithManyEvents(STILL_AXIS_MOST + 1);
    store.getState().storyLoaded({ ok: true, story, problems: [] });
    const { container } = renderWithStore(
      <StillAxis geometry={axisGeometry(storyMarks(story).overlap)} />,
      store,
    );
    expect(container.querySelector('svg')).toBeNull();
  });
});
