/**
 * How marks look on the canvas: the kind shapes (the second channel after colour), stamped from
 * small pre-drawn sprites, and the hatching that marks a coarse date.
 */
import { shapeVertices } from '../map/kind-shapes';
import type { KindSymbol } from '../story/story-schema';
import { POINT_SIZE } from './event-layout';

/**
 * Adds one symbol of radius `r` centred on (x, y) to the current path, from the outline the map
 * and the legend draw too (a circle as a true arc).
 */
export function traceShape(
  ctx: CanvasRenderingContext2D,
  shape: KindSymbol,
  x: number,
  y: number,
  r: number,
): void {
  if (shape === 'circle') {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
    return;
  }
  shapeVertices(shape, r).forEach(([px, py], index) =>
    index === 0 ? ctx.moveTo(x + px, y + py) : ctx.lineTo(x + px, y + py),
  );
  ctx.closePath();
}

/** Point marks are stamped from a small pre-drawn sprite per kind: far cheaper than paths. */
export const SPRITE_SIZE = POINT_SIZE + 4;

/** The radius of a point's shape, inside its outline. */
export const POINT_RADIUS = POINT_SIZE / 2 - 0.5;
const sprites = new Map<string, HTMLCanvasElement | null>();

/** The sprite for a kind's shape in a colour, drawn once per device pixel ratio. */
export function spriteFor(
  shape: KindSymbol,
  color: string,
  surface: string,
  approximate: boolean,
): HTMLCanvasElement | null {
  const ratio = Math.max(1, Math.ceil(window.devicePixelRatio || 1));
  const key = `${shape}|${color}|${surface}|${approximate}|${ratio}`;
  const known = sprites.get(key);
  if (known !== undefined) return known;
  const sprite = document.createElement('canvas');
  sprite.width = SPRITE_SIZE * ratio;
  sprite.height = SPRITE_SIZE * ratio;
  const sctx = sprite.getContext('2d', { willReadFrequently: true });
  if (sctx) {
    sctx.scale(ratio, ratio);
    sctx.beginPath();
    traceShape(sctx, shape, SPRITE_SIZE / 2, SPRITE_SIZE / 2, POINT_RADIUS);
    sctx.globalAlpha = approximate ? 0.4 : 1;
    sctx.fillStyle = color;
    sctx.fill();
    sctx.globalAlpha = 1;
    sctx.lineWidth = 1;
    sctx.strokeStyle = approximate ? color : surface;
    if (approximate) sctx.setLineDash([2, 2]);
    sctx.stroke();
  }
  const result = sctx ? sprite : null;
  sprites.set(key, result);
  return result;
}

const hatches = new Map<string, CanvasPattern | null>();

/** Diagonal hatching in the kind's colour: a coarse date reads as "somewhere in here". */
export function hatchFor(ctx: CanvasRenderingContext2D, color: string): CanvasPattern | null {
  const known = hatches.get(color);
  if (known !== undefined) return known;
  const tile = document.createElement('canvas');
  tile.width = 6;
  tile.height = 6;
  const tileCtx = tile.getContext('2d', { willReadFrequently: true });
  let pattern: CanvasPattern | null = null;
  if (tileCtx) {
    tileCtx.strokeStyle = color;
    tileCtx.lineWidth = 1.5;
    tileCtx.beginPath();
    tileCtx.moveTo(-1, 7);
    tileCtx.lineTo(7, -1);
    tileCtx.moveTo(-1, 1);
    tileCtx.lineTo(1, -1);
    tileCtx.moveTo(5, 7);
    tileCtx.lineTo(7, 5);
    tileCtx.stroke();
    pattern = ctx.createPattern(tile, 'repeat');
  }
  hatches.set(color, pattern);
  return pattern;
}
