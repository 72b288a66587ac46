/** The still SVG map draws marks and areas as the interactive map does (kind-icons, area-look). */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { areaFillOpacity } from '../../src/map/area-look';
import {
  HALO_COLORS,
  MARK_WIDTHS,
  OUTLINE,
  RING_RADIUS,
  SHAPE_RADIUS,
} from '../../src/map/kind-icons';
import { stackOffset, stackSlotsByEvent } from '../../src/map/marker-stacks';
import { frameAround, project } from '../../src/map/static-map';
import { shapeVertices } from '../../src/map/kind-shapes';
import { StaticMapDrawing } from '../../src/map/StaticMapDrawing';
import { Marker, MARKER_RADIUS } from '../../src/map/StaticMapParts';
import { eventsBounds } from '../../src/geo/event-bounds';
import { kindTable } from '../../src/story/kind-looks';
import { mapStory } from './map-story';
import type { HandoutGeo } from '../../src/map/static-map-geo';

/**
 * A basemap of names only: a focus country and a capital on the statement's mark, a town by it
 * (named at any zoom here; the drawing is at about zoom 2), and a hamlet named only close up.
 */
const NAMES: HandoutGeo = {
  land: [],
  focus: [],
  lakes: [],
  border: [],
  labels: [
    { name: 'Tajikistan', kind: 'country', strong: true, minZoom: 0, position: [68.78, 38.56] },
    { name: 'Uzbekistan', kind: 'country', strong: false, minZoom: 2, position: [63, 41.5] },
    { name: 'Dushanbe', kind: 'city', strong: true, minZoom: 0, position: [68.78, 38.56] },
    { name: 'Vahdat', kind: 'city', strong: false, minZoom: 0, position: [69.02, 38.55] },
    { name: 'Hamlet', kind: 'city', strong: false, minZoom: 12, position: [66, 40] },
  ],
  extent: [-180, -85, 180, 85],
};

function drawing(markerRadius?: number, geo?: HandoutGeo) {
  const story = mapStory();
  const frame = frameAround(eventsBounds(story.events) ?? [60, 30, 80, 60], 1200, 800);
  const kinds = kindTable(story);
  const { container } = render(
    <StaticMapDrawing
      frame={frame}
      events={story.events}
      stacks={stackSlotsByEvent(story.events)}
      kinds={kinds}
      geo={geo}
      fit="meet"
      label="Map"
      markerRadius={markerRadius}
    />,
  );
  return { container, kinds, story };
}

/** The marker group of an event. */
function marker(container: HTMLElement, id: string): Element {
  const group = container.querySelector(`[data-event="${id}"]`);
  if (!group) throw new Error(`no marker for ${id}`);
  return group;
}

/** The vertices of a marker's shape (its first path: a first point, then relative steps). */
function verticesOf(group: Element): [number, number][] {
  const d = group.querySelector('path')?.getAttribute('d') ?? '';
  const numbers = (d.match(/-?[\d.]+/g) ?? []).map(Number);
  const vertices: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    const [x = 0, y = 0] = [numbers[i], numbers[i + 1]];
    const last = vertices.at(-1);
    vertices.push(last ? [last[0] + x, last[1] + y] : [x, y]);
  }
  return vertices;
}

/** The centre of a marker's shape, as the mean of its vertices. */
function centreOf(group: Element): [number, number] {
  const vertices = verticesOf(group);
  const mean = (axis: 0 | 1) =>
    vertices.reduce((sum, vertex) => sum + vertex[axis], 0) / vertices.length;
  return [mean(0), mean(1)];
}

describe('StaticMapDrawing', () => {
  it('draws a date known to the day solid, and one known to the month hollow', () => {
    const { container, kinds } = drawing();
    const solid = marker(container, 'statement').querySelectorAll('path');
    expect(solid).toHaveLength(1);
    expect(solid[0]?.getAttribute('fill')).toBe(kinds.look('statement').color);
    const hollow = marker(container, 'advance').querySelectorAll('path');
    expect(hollow).toHaveLength(2);
    expect(hollow[0]?.getAttribute('fill')).toBe(OUTLINE);
    expect(hollow[1]?.getAttribute('stroke')).toBe(kinds.look('conflict').color);
  });

  it('rings an event that spans a range, at the interactive map’s proportions', () => {
    const { container, kinds } = drawing();
    const scale = MARKER_RADIUS / SHAPE_RADIUS;
    const rings = marker(container, 'exercise').querySelectorAll('circle');
    expect([...rings].map((ring) => ring.getAttribute('stroke'))).toEqual([
      OUTLINE,
      kinds.look('exercise').color,
    ]);
    expect(Number(rings[1]?.getAttribute('r'))).toBeCloseTo(RING_RADIUS * scale, 1);
    expect(Number(rings[1]?.getAttribute('stroke-width'))).toBeCloseTo(MARK_WIDTHS.ring * scale, 1);
    expect(marker(container, 'statement').querySelectorAll('circle')).toHaveLength(0);
  });

  it('draws each shape at its vertices within a tenth of a px', () => {
    const story = mapStory();
    const frame = frameAround([60, 30, 80, 60], 1200, 800);
    const kinds = kindTable(story);
    for (const kind of ['statement', 'conflict', 'exercise'] as const) {
      const symbol = kinds.look(kind).symbol;
      const { container } = render(
        <svg>
          <Marker frame={frame} position={[70.123, 40.456]} look={kinds.look(kind)} radius={9.3} />
        </svg>,
      );
      const [x, y] = project(frame, [70.123, 40.456]);
      const drawn = verticesOf(container);
      const exact = shapeVertices(symbol, 9.3);
      expect(drawn).toHaveLength(exact.length);
      exact.forEach(([dx, dy], index) => {
        expect(Math.abs((drawn[index]?.[0] ?? 0) - (x + dx))).toBeLessThan(0.11);
        expect(Math.abs((drawn[index]?.[1] ?? 0) - (y + dy))).toBeLessThan(0.11);
      });
    }
  });

  it('rings a guess in the theme’s colours, as the live map’s halo', () => {
    const story = mapStory();
    const frame = frameAround([60, 30, 80, 60], 1200, 800);
    const look = kindTable(story).look('statement');
    for (const theme of ['light', 'dark'] as const) {
      const { container } = render(
        <svg>
          <Marker frame={frame} position={[70, 40]} look={look} guess theme={theme} />
        </svg>,
      );
      const ring = container.querySelector('.sm-guess');
      expect(ring?.getAttribute('fill')).toBe(HALO_COLORS[theme].disc);
      expect(ring?.getAttribute('stroke')).toBe(HALO_COLORS[theme].ring);
      expect(ring?.getAttribute('stroke-dasharray')).not.toBeNull();
    }
  });

  it('spreads markers at the same place as the interactive map stacks them', () => {
    const radius = 10;
    const { container, story } = drawing(radius);
    // Both Moscow events share a stack: the first in story order to the left.
    const [first, second] = story.events
      .filter((event) => event.place?.name === 'Moscow')
      .map((event) => centreOf(marker(container, event.id)));
    const scale = radius / SHAPE_RADIUS;
    const [[x0], [x1]] = [stackOffset(2, 0), stackOffset(2, 1)];
    // Both are the same shape: their vertices' means are as far apart as their centres.
    expect((second?.[0] ?? 0) - (first?.[0] ?? 0)).toBeCloseTo((x1 - x0) * scale, 0);
    expect(second?.[1]).toBeCloseTo(first?.[1] ?? 0, 1);
  });

  it('draws areas of doubt fainter as they grow, the largest underneath', () => {
    const { container } = drawing();
    const areas = [...container.querySelectorAll('path[fill-opacity]')];
    const opacities = areas.map((path) => Number(path.getAttribute('fill-opacity')));
    expect(opacities.length).toBeGreaterThanOrEqual(3);
    // Largest first: the faintest is drawn first and the fill grows along the list.
    expect([...opacities].sort((a, b) => a - b)).toEqual(opacities);
    expect(opacities[0]).toBeLessThan(areaFillOpacity(100_000));
    expect(opacities.at(-1)).toBeCloseTo(areaFillOpacity(2_000), 2);
    for (const path of areas) {
      expect(Number(path.getAttribute('stroke-opacity'))).toBeGreaterThan(0);
      expect(path.getAttribute('stroke-dasharray')).toBeNull();
    }
  });

  it('names places over the marks as the live map does, its story’s country and capitals bold', () => {
    const { container } = drawing(undefined, NAMES);
    const texts = [...container.querySelectorAll('text')];
    const byName = (name: string) => texts.find((text) => text.textContent === name);
    // The focus country and the capital keep their names though a mark sits on their points.
    const country = byName('TAJIKISTAN');
    expect(country?.getAttribute('class')).toBe('sm-label-focus');
    expect(country?.getAttribute('font-weight')).toBe('600');
    expect(byName('UZBEKISTAN')?.getAttribute('font-weight')).toBeNull();
    expect(byName('UZBEKISTAN')?.getAttribute('class')).toBe('sm-label-country');
    expect(byName('Dushanbe')?.getAttribute('font-weight')).toBe('600');
    // Named from the zoom the live map names it: not a hamlet at a region's view.
    expect(byName('Hamlet')).toBeUndefined();
    // Names come after every mark in the drawing, so they are painted over them.
    const marks = [...container.querySelectorAll('[data-event]')];
    const last = marks.at(-1);
    expect(last && country && last.compareDocumentPosition(country)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    // Each town's dot is drawn under the names, whether or not its name found room (Vahdat's
    // meets Dushanbe's and the country's), as the live map's layer of dots; no country has one.
    expect(container.querySelectorAll('.sm-city-dot circle')).toHaveLength(1);
    expect(container.querySelectorAll('.sm-town-dot circle')).toHaveLength(1);
    expect(byName('Vahdat')).toBeUndefined();
  });
});
