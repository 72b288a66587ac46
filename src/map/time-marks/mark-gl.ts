/**
 * WebGL plumbing for the time marks: the program, the atlas of marker images, halos and count
 * glyphs, and the instance buffers' vertex arrays.
 */
import type { MapTheme } from '../event-layers';
import { HALO_SIZE, ICON_SIZE, paintHalo, paintIcon } from '../kind-icons';
import { CLUSTER_STRIDE } from './mark-clusters';
import { INSTANCE_FIELDS, INSTANCE_STRIDE, type MarkData } from './mark-data';
import { FRAGMENT_SHADER, VERTEX_SHADER } from './mark-shaders';

/** Every image cell is this many CSS px square: a halo's size; markers sit in the middle. */
export const CELL_PX = HALO_SIZE;

/** What compiling and linking the marks' program needs of a WebGL context. */
export type LinkingGl = Pick<
  WebGL2RenderingContext,
  | 'createShader'
  | 'shaderSource'
  | 'compileShader'
  | 'getShaderParameter'
  | 'getShaderInfoLog'
  | 'createProgram'
  | 'attachShader'
  | 'linkProgram'
  | 'getProgramParameter'
  | 'getProgramInfoLog'
  | 'flush'
  | 'VERTEX_SHADER'
  | 'FRAGMENT_SHADER'
  | 'COMPILE_STATUS'
  | 'LINK_STATUS'
>;

/** A program sent to be compiled and linked, not yet asked how that went. */
export interface StartedLink {
  readonly program: WebGLProgram;
  readonly shaders: readonly WebGLShader[];
}

function shaderOf(gl: LinkingGl, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type);
  if (!shader) throw new Error('WebGL could not create a shader');
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  return shader;
}

/**
 * Sends the marks' shaders to be compiled and linked, and asks nothing back. Asking (a status,
 * an attribute's location) makes the page wait for the GPU process to finish the work: in
 * software GL that was one task of 0.2–0.55 s as the map first drew a big story. Sent now and
 * asked a little later (checkLink), the compiling runs while the page does other work.
 */
export function startLink(gl: LinkingGl): StartedLink {
  const program = gl.createProgram();
  const shaders = [
    shaderOf(gl, gl.VERTEX_SHADER, VERTEX_SHADER),
    shaderOf(gl, gl.FRAGMENT_SHADER, FRAGMENT_SHADER),
  ];
  for (const shader of shaders) gl.attachShader(program, shader);
  gl.linkProgram(program);
  gl.flush();
  return { program, shaders };
}

/** The linked program of startLink; throws with the compiler's words when it failed. */
export function checkLink(gl: LinkingGl, { program, shaders }: StartedLink): WebGLProgram {
  if (gl.getProgramParameter(program, gl.LINK_STATUS)) return program;
  const compiler = shaders.map((shader) =>
    gl.getShaderParameter(shader, gl.COMPILE_STATUS) ? '' : (gl.getShaderInfoLog(shader) ?? ''),
  );
  throw new Error(
    `Mark program did not link: ${compiler.join(' ').trim() || (gl.getProgramInfoLog(program) ?? '')}`,
  );
}

/** Digits 0–9 and "k" for thousands, painted into the atlas after the halos for clusters' counts. */
const GLYPHS = '0123456789k';

/** Where the halos and glyphs sit in the atlas, after the story's marker images. */
export function atlasImages(data: MarkData): {
  hover: number;
  selected: number;
  guess: number;
  glyphs: number;
} {
  const first = data.icons.length;
  return { hover: first, selected: first + 1, guess: first + 2, glyphs: first + 3 };
}

function paintGlyph(context: CanvasRenderingContext2D, glyph: string): void {
  context.font = `600 12px 'Noto Sans', system-ui, sans-serif`;
  context.fillStyle = '#ffffff';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(glyph, CELL_PX / 2, CELL_PX / 2 + 0.5);
}

/**
 * The marker images, the three halos and the count glyphs in one texture, each in a CELL_PX
 * square; returns it with its grid size.
 */
export function atlasOf(
  gl: WebGL2RenderingContext,
  data: MarkData,
  theme: MapTheme,
  ratio: number,
): { texture: WebGLTexture; atlas: [number, number] } {
  const paints: { size: number; paint: (context: CanvasRenderingContext2D) => void }[] = [
    ...data.icons.map((spec) => ({
      size: ICON_SIZE,
      paint: (context: CanvasRenderingContext2D) => paintIcon(context, spec),
    })),
    { size: HALO_SIZE, paint: (context) => paintHalo(context, 'hover', theme) },
    { size: HALO_SIZE, paint: (context) => paintHalo(context, 'selected', theme) },
    { size: HALO_SIZE, paint: (context) => paintHalo(context, 'guess', theme) },
    ...[...GLYPHS].map((glyph) => ({
      size: CELL_PX,
      paint: (context: CanvasRenderingContext2D) => paintGlyph(context, glyph),
    })),
  ];
  const columns = Math.ceil(Math.sqrt(paints.length));
  const rows = Math.ceil(paints.length / columns);
  const canvas = document.createElement('canvas');
  canvas.width = columns * CELL_PX * ratio;
  canvas.height = rows * CELL_PX * ratio;
  const context = canvas.getContext('2d');
  paints.forEach(({ size, paint }, index) => {
    if (!context) return;
    const inset = (CELL_PX - size) / 2;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.translate(
      (index % columns) * CELL_PX + inset,
      Math.floor(index / columns) * CELL_PX + inset,
    );
    paint(context);
  });
  const texture = gl.createTexture();
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, true);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, canvas);
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  return { texture, atlas: [columns, rows] };
}

const ATTRIBUTES: readonly [name: string, size: number, field: number][] = [
  ['a_pos', 2, INSTANCE_FIELDS.x],
  ['a_time', 2, INSTANCE_FIELDS.start],
  ['a_offset', 2, INSTANCE_FIELDS.offsetX],
  ['a_icon', 1, INSTANCE_FIELDS.icon],
  ['a_color', 3, INSTANCE_FIELDS.red],
  ['a_radius0', 1, INSTANCE_FIELDS.radius0],
  ['a_guess', 1, INSTANCE_FIELDS.guess],
];

/** A per-instance attribute from its own buffer (a cluster level's `a_member` or `a_cluster`). */
function perInstance(
  gl: WebGL2RenderingContext,
  program: WebGLProgram,
  name: string,
  source: { buffer: WebGLBuffer; size: number; type: number },
): void {
  const location = gl.getAttribLocation(program, name);
  if (location < 0) return;
  gl.bindBuffer(gl.ARRAY_BUFFER, source.buffer);
  gl.enableVertexAttribArray(location);
  gl.vertexAttribPointer(location, source.size, source.type, false, 0, 0);
  gl.vertexAttribDivisor(location, 1);
}

function withCorners(
  gl: WebGL2RenderingContext,
  program: WebGLProgram,
  corners: WebGLBuffer,
): WebGLVertexArrayObject {
  const vao = gl.createVertexArray();
  gl.bindVertexArray(vao);
  gl.bindBuffer(gl.ARRAY_BUFFER, corners);
  const corner = gl.getAttribLocation(program, 'a_corner');
  gl.enableVertexAttribArray(corner);
  gl.vertexAttribPointer(corner, 2, gl.FLOAT, false, 0, 0);
  return vao;
}

/** The marks' vertex array; with `members` (memberFields), a cluster level's marks. */
export function vertexArray(
  gl: WebGL2RenderingContext,
  program: WebGLProgram,
  corners: WebGLBuffer,
  instances: WebGLBuffer,
  members?: WebGLBuffer,
): WebGLVertexArrayObject {
  const vao = withCorners(gl, program, corners);
  if (members) perInstance(gl, program, 'a_member', { buffer: members, size: 2, type: gl.FLOAT });
  gl.bindBuffer(gl.ARRAY_BUFFER, instances);
  for (const [name, size, field] of ATTRIBUTES) {
    const location = gl.getAttribLocation(program, name);
    if (location < 0) continue;
    gl.enableVertexAttribArray(location);
    gl.vertexAttribPointer(location, size, gl.FLOAT, false, INSTANCE_STRIDE * 4, field * 4);
    gl.vertexAttribDivisor(location, 1);
  }
  gl.bindVertexArray(null);
  return vao;
}

/** A cluster level's clusters: CLUSTER_STRIDE floats each, as `a_cluster`. */
export function clusterArray(
  gl: WebGL2RenderingContext,
  program: WebGLProgram,
  corners: WebGLBuffer,
  clusters: WebGLBuffer,
): WebGLVertexArrayObject {
  const vao = withCorners(gl, program, corners);
  perInstance(gl, program, 'a_cluster', { buffer: clusters, size: CLUSTER_STRIDE, type: gl.FLOAT });
  gl.bindVertexArray(null);
  return vao;
}

/** Texels per row of a cluster level's times texture (WebGL 2 allows at least 2,048). */
export const TIMES_WIDTH = 2048;

/** The sorted times of a cluster level as a one-channel float texture, TIMES_WIDTH wide. */
export function timesTexture(gl: WebGL2RenderingContext, times: Float32Array): WebGLTexture {
  const rows = Math.max(1, Math.ceil(times.length / TIMES_WIDTH));
  const texels = new Float32Array(rows * TIMES_WIDTH);
  texels.set(times);
  const texture = gl.createTexture();
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.R32F, TIMES_WIDTH, rows, 0, gl.RED, gl.FLOAT, texels);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  return texture;
}

export function buffer(
  gl: WebGL2RenderingContext,
  data: Float32Array | Uint8Array,
  usage: number,
): WebGLBuffer {
  const created = gl.createBuffer();
  gl.bindBuffer(gl.ARRAY_BUFFER, created);
  gl.bufferData(gl.ARRAY_BUFFER, data, usage);
  return created;
}
