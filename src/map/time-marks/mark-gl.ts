/**
 * WebGL plumbing for the time marks: the program, the atlas of marker images, halos and count
 * glyphs, and the instance buffers' vertex arrays.
 */
import type { MapTheme } from '../event-layers';
import { HALO_SIZE, ICON_SIZE, paintHalo, paintIcon } from '../kind-icons';
import { INSTANCE_FIELDS, INSTANCE_STRIDE, type MarkData } from './mark-data';
import { FRAGMENT_SHADER, VERTEX_SHADER } from './mark-shaders';

/** Every image cell is this many CSS px square: a halo's size; markers sit in the middle. */
export const CELL_PX = HALO_SIZE;

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type);
  if (!shader) throw new Error('WebGL could not create a shader');
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
    throw new Error(`Mark shader did not compile: ${gl.getShaderInfoLog(shader) ?? ''}`);
  }
  return shader;
}

export function link(gl: WebGL2RenderingContext): WebGLProgram {
  const program = gl.createProgram();
  gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX_SHADER));
  gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT_SHADER));
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
    throw new Error(`Mark program did not link: ${gl.getProgramInfoLog(program) ?? ''}`);
  }
  return program;
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

export function vertexArray(
  gl: WebGL2RenderingContext,
  program: WebGLProgram,
  corners: WebGLBuffer,
  instances: WebGLBuffer,
): WebGLVertexArrayObject {
  const vao = gl.createVertexArray();
  gl.bindVertexArray(vao);
  gl.bindBuffer(gl.ARRAY_BUFFER, corners);
  const corner = gl.getAttribLocation(program, 'a_corner');
  gl.enableVertexAttribArray(corner);
  gl.vertexAttribPointer(corner, 2, gl.FLOAT, false, 0, 0);
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

export function buffer(gl: WebGL2RenderingContext, data: Float32Array, usage: number): WebGLBuffer {
  const created = gl.createBuffer();
  gl.bindBuffer(gl.ARRAY_BUFFER, created);
  gl.bufferData(gl.ARRAY_BUFFER, data, usage);
  return created;
}
