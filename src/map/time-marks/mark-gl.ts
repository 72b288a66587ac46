/**
 * WebGL plumbing for the time marks: the program, the atlas of marker images, halos and count
 * glyphs, and the marks' vertex arrays.
 *
 * The marks are drawn as plain indexed quads, each mark's fields repeated at its four corners,
 * not as instances of one quad: software WebGL (SwiftShader, what Chromium uses without a GPU)
 * sets up each instance as a draw of its own, so one pass over 100,000 instances took 1.6–1.9 s
 * even with every mark hidden, and the same quads as one indexed draw under 0.1 s. The clusters,
 * a few hundred at most, stay instanced.
 */
import type { MapTheme } from '../event-layers';
import { HALO_SIZE, ICON_SIZE, paintHalo, paintIcon } from '../kind-icons';
import { CLUSTER_STRIDE } from './mark-clusters';
import { INSTANCE_FIELDS, INSTANCE_STRIDE, type MarkData } from './mark-data';
import { FRAGMENT_SHADER, VERTEX_SHADER } from './mark-shaders';
import { runSteps } from '../../story/work-in-slices';

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

/** Corners of a mark's quad: its fields are repeated at each (the shader tells them apart). */
export const QUAD_CORNERS = 4;

/** Indices of a quad's two triangles, from its first corner (corner k is at (k & 1, k >> 1)). */
const QUAD_TRIANGLES = [0, 1, 2, 2, 1, 3] as const;

/** Indices drawn per mark. */
export const QUAD_INDICES = QUAD_TRIANGLES.length;

/** Records uploaded at a time: the copy at four corners is never made whole in memory. */
const UPLOAD_RECORDS = 4096;

/** Writes records [first, last) of `records` (`stride` floats each) into `into`, once per corner. */
export function fillQuads(
  into: Float32Array,
  records: Float32Array,
  stride: number,
  first: number,
  last: number,
): void {
  for (let i = first; i < last; i += 1) {
    const record = records.subarray(i * stride, (i + 1) * stride);
    for (let corner = 0; corner < QUAD_CORNERS; corner += 1) {
      into.set(record, ((i - first) * QUAD_CORNERS + corner) * stride);
    }
  }
}

/**
 * An array buffer holding each of `records` (`stride` floats each) once per quad corner, uploaded
 * in parts, so no copy four times the size of the marks is held in memory at once.
 */
export function quadBuffer(
  gl: WebGL2RenderingContext,
  records: Float32Array,
  stride: number,
  usage: number,
): WebGLBuffer {
  return runSteps(quadBufferSteps(gl, records, stride, usage, gl.createBuffer()));
}

/** What uploading a buffer needs of a WebGL context. */
export type UploadingGl = Pick<
  WebGL2RenderingContext,
  'ARRAY_BUFFER' | 'bindBuffer' | 'bufferData' | 'bufferSubData'
>;

/**
 * quadBuffer into `created` as steps, yielding after each part: 100,000 marks took one task of
 * 170–430 ms at once on a busy two-core machine. Each part binds the buffer again, as other
 * code may bind another between steps.
 */
export function* quadBufferSteps(
  gl: UploadingGl,
  records: Float32Array,
  stride: number,
  usage: number,
  created: WebGLBuffer,
): Generator<void, WebGLBuffer> {
  const count = Math.floor(records.length / stride);
  gl.bindBuffer(gl.ARRAY_BUFFER, created);
  gl.bufferData(gl.ARRAY_BUFFER, count * QUAD_CORNERS * stride * 4, usage);
  const part = new Float32Array(Math.min(count, UPLOAD_RECORDS) * QUAD_CORNERS * stride);
  for (let first = 0; first < count; first += UPLOAD_RECORDS) {
    if (first > 0) yield;
    const last = Math.min(count, first + UPLOAD_RECORDS);
    fillQuads(part, records, stride, first, last);
    const floats = (last - first) * QUAD_CORNERS * stride;
    gl.bindBuffer(gl.ARRAY_BUFFER, created);
    gl.bufferSubData(gl.ARRAY_BUFFER, first * QUAD_CORNERS * stride * 4, part, 0, floats);
  }
  return created;
}

/**
 * The vertices of `count` quads' triangles, QUAD_INDICES per quad; or, given `quads`, of those
 * quads only (a cluster level's marks alone in their cell), by their place in the buffer.
 */
export function quadIndexArray(count: number, quads?: ArrayLike<number>): Uint32Array {
  const n = quads ? quads.length : count;
  const indices = new Uint32Array(n * QUAD_INDICES);
  for (let i = 0; i < n; i += 1) {
    const quad = quads ? (quads[i] ?? 0) : i;
    QUAD_TRIANGLES.forEach((corner, k) => {
      indices[i * QUAD_INDICES + k] = quad * QUAD_CORNERS + corner;
    });
  }
  return indices;
}

/** The element buffer of `count` quads' triangles, or of `quads` only (see quadIndexArray). */
export function quadIndices(
  gl: WebGL2RenderingContext,
  count: number,
  quads?: ArrayLike<number>,
): WebGLBuffer {
  const created = gl.createBuffer();
  gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, created);
  gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, quadIndexArray(count, quads), gl.STATIC_DRAW);
  return created;
}

/** An attribute from its own buffer: a cluster level's `a_cluster`. */
function attribute(
  gl: WebGL2RenderingContext,
  program: WebGLProgram,
  name: string,
  source: { buffer: WebGLBuffer; size: number; divisor: number },
): void {
  const location = gl.getAttribLocation(program, name);
  if (location < 0) return;
  gl.bindBuffer(gl.ARRAY_BUFFER, source.buffer);
  gl.enableVertexAttribArray(location);
  gl.vertexAttribPointer(location, source.size, gl.FLOAT, false, 0, 0);
  gl.vertexAttribDivisor(location, source.divisor);
}

/** The marks' vertex array (quads: see quadBuffer), drawing the quads `indices` lists. */
export function vertexArray(
  gl: WebGL2RenderingContext,
  program: WebGLProgram,
  quads: { indices: WebGLBuffer; marks: WebGLBuffer },
): WebGLVertexArrayObject {
  const vao = gl.createVertexArray();
  gl.bindVertexArray(vao);
  gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, quads.indices);
  gl.bindBuffer(gl.ARRAY_BUFFER, quads.marks);
  for (const [name, size, field] of ATTRIBUTES) {
    const location = gl.getAttribLocation(program, name);
    if (location < 0) continue;
    gl.enableVertexAttribArray(location);
    gl.vertexAttribPointer(location, size, gl.FLOAT, false, INSTANCE_STRIDE * 4, field * 4);
  }
  gl.bindVertexArray(null);
  return vao;
}

/** A cluster level's clusters: CLUSTER_STRIDE floats each, as `a_cluster`, one instance each. */
export function clusterArray(
  gl: WebGL2RenderingContext,
  program: WebGLProgram,
  clusters: WebGLBuffer,
): WebGLVertexArrayObject {
  const vao = gl.createVertexArray();
  gl.bindVertexArray(vao);
  attribute(gl, program, 'a_cluster', { buffer: clusters, size: CLUSTER_STRIDE, divisor: 1 });
  gl.bindVertexArray(null);
  return vao;
}

/** Texels per row of a cluster level's times texture and of the marks' (WebGL 2 allows 2,048). */
export const TIMES_WIDTH = 2048;

/** The sorted times of a cluster level as a one-channel float texture, TIMES_WIDTH wide. */
export function timesTexture(gl: WebGL2RenderingContext, times: Float32Array): WebGLTexture {
  return floatTexture(gl, times, 1);
}

/**
 * Every mark's instance fields as MARK_TEXELS RGBA float texels, TIMES_WIDTH to a row: where a
 * cluster's pass reads the one mark a window leaves in its cell (mark-clusters.ts).
 */
export function marksTexture(gl: WebGL2RenderingContext, instances: Float32Array): WebGLTexture {
  return floatTexture(gl, instances, 4);
}

/** `values` as a float texture of `channels` (1 or 4) per texel, TIMES_WIDTH texels wide. */
function floatTexture(
  gl: WebGL2RenderingContext,
  values: Float32Array,
  channels: 1 | 4,
): WebGLTexture {
  const rows = Math.max(1, Math.ceil(values.length / channels / TIMES_WIDTH));
  const texels = new Float32Array(rows * TIMES_WIDTH * channels);
  texels.set(values);
  const texture = gl.createTexture();
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
  const [internal, format] = channels === 1 ? [gl.R32F, gl.RED] : [gl.RGBA32F, gl.RGBA];
  gl.texImage2D(gl.TEXTURE_2D, 0, internal, TIMES_WIDTH, rows, 0, format, gl.FLOAT, texels);
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
