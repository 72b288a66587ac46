/**
 * The float texture the GPU counts a cluster cell's marks in (mark-clusters.ts): one pixel per
 * cell on the screen, RGBA32F (count, and the sums of the marks' places within their cells), added
 * up by blending. Needs EXT_color_buffer_float and EXT_float_blend; without them the marks fall
 * back to density dots.
 */
import type { CellGrid } from './mark-clusters';

export interface CountTarget {
  readonly texture: WebGLTexture;
  readonly framebuffer: WebGLFramebuffer;
  readonly columns: number;
  readonly rows: number;
}

/** True when this context can render into a float texture and add into it. */
export function canCount(gl: WebGL2RenderingContext): boolean {
  return (
    gl.getExtension('EXT_color_buffer_float') !== null &&
    gl.getExtension('EXT_float_blend') !== null
  );
}

/** A count target the size of the grid: `current` when it already is, else a new one. */
export function countTarget(
  gl: WebGL2RenderingContext,
  grid: CellGrid,
  current: CountTarget | undefined,
): CountTarget {
  if (current && current.columns === grid.columns && current.rows === grid.rows) return current;
  if (current) deleteCountTarget(gl, current);
  const texture = gl.createTexture();
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA32F, grid.columns, grid.rows, 0, gl.RGBA, gl.FLOAT, null);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  const framebuffer = gl.createFramebuffer();
  gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
  gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, texture, 0);
  return { texture, framebuffer, columns: grid.columns, rows: grid.rows };
}

export function deleteCountTarget(gl: WebGL2RenderingContext, target: CountTarget): void {
  gl.deleteFramebuffer(target.framebuffer);
  gl.deleteTexture(target.texture);
}

/**
 * Clears the target and runs `draw` into it with additive blending, then puts back the
 * framebuffer and viewport MapLibre had.
 */
export function countInto(gl: WebGL2RenderingContext, target: CountTarget, draw: () => void): void {
  const framebuffer: unknown = gl.getParameter(gl.FRAMEBUFFER_BINDING);
  const viewport: unknown = gl.getParameter(gl.VIEWPORT);
  gl.bindFramebuffer(gl.FRAMEBUFFER, target.framebuffer);
  gl.viewport(0, 0, target.columns, target.rows);
  gl.clearColor(0, 0, 0, 0);
  gl.clear(gl.COLOR_BUFFER_BIT);
  gl.enable(gl.BLEND);
  gl.blendFunc(gl.ONE, gl.ONE);
  draw();
  gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer instanceof WebGLFramebuffer ? framebuffer : null);
  if (viewport instanceof Int32Array && viewport.length === 4) {
    gl.viewport(viewport[0] ?? 0, viewport[1] ?? 0, viewport[2] ?? 0, viewport[3] ?? 0);
  }
}
