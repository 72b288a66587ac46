/**
 * The outline of each kind symbol, as vertices around (0, 0) with y growing down: one description
 * shared by the map's icons (canvas), the legend and swatches (SVG), the timeline's sprites and the
 * handout, so they cannot drift apart. Pure geometry: no MapLibre here.
 */
import type { KindSymbol } from '../story/story-schema';

/** A vertex of a shape's outline. */
export type Vertex = readonly [x: number, y: number];

/**
 * How far each shape reaches relative to the nominal radius, so that all shapes look about the
 * same size: a triangle must reach further than a square to cover as much ink.
 */
const REACH: Readonly<Record<KindSymbol, number>> = {
  circle: 0.92,
  square: 0.8,
  diamond: 1.08,
  triangle: 1.16,
  'triangle-down': 1.16,
  hexagon: 0.96,
  star: 1.2,
  cross: 1.02,
  x: 1.1,
};

function regular(sides: number, radius: number, rotation: number): Vertex[] {
  return Array.from({ length: sides }, (_, index) => {
    const angle = rotation + (index * 2 * Math.PI) / sides;
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  });
}

function star(radius: number): Vertex[] {
  return Array.from({ length: 10 }, (_, index) => {
    const angle = -Math.PI / 2 + (index * Math.PI) / 5;
    const r = index % 2 === 0 ? radius : radius * 0.48;
    return [r * Math.cos(angle), r * Math.sin(angle)];
  });
}

/** A plus sign whose arms are `0.38 r` wide: thick enough to fill and outline at 12 px. */
function cross(radius: number, rotation: number): Vertex[] {
  const w = radius * 0.38;
  const arm: Vertex[] = [
    [w, -w],
    [w, -radius],
    [-w, -radius],
  ];
  const quarter = (index: number): Vertex[] =>
    arm.map(([x, y]) => {
      const angle = rotation + (index * Math.PI) / 2;
      return [x * Math.cos(angle) - y * Math.sin(angle), x * Math.sin(angle) + y * Math.cos(angle)];
    });
  return [0, 1, 2, 3].flatMap(quarter);
}

/** The outline of a shape of nominal radius `radius`, centred on (0, 0). */
export function shapeVertices(shape: KindSymbol, radius: number): Vertex[] {
  const r = radius * REACH[shape];
  switch (shape) {
    case 'circle':
      return regular(32, r, 0);
    case 'square':
      return [
        [-r, -r],
        [r, -r],
        [r, r],
        [-r, r],
      ];
    case 'diamond':
      return regular(4, r, -Math.PI / 2);
    case 'triangle':
      // Nudged down so the triangle's visual middle, not its circumcentre, sits on the place.
      return regular(3, r, -Math.PI / 2).map(([x, y]) => [x, y + r * 0.12]);
    case 'triangle-down':
      return regular(3, r, Math.PI / 2).map(([x, y]) => [x, y - r * 0.12]);
    case 'hexagon':
      return regular(6, r, 0);
    case 'star':
      return star(r);
    case 'cross':
      return cross(r, 0);
    case 'x':
      return cross(r, Math.PI / 4);
  }
}

/** The vertices as an SVG `points` attribute, offset to a centre. */
export function svgPoints(vertices: readonly Vertex[], cx: number, cy: number): string {
  return vertices.map(([x, y]) => `${round(x + cx)},${round(y + cy)}`).join(' ');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
