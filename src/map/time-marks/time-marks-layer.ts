/**
 * Two MapLibre custom layers that draw a large story's point marks with WebGL: one beneath the
 * basemap's labels (circles of doubt, the hover halo, the markers or, zoomed out, density dots),
 * one on top (the selected event, so it is never hidden). The instances are uploaded once; a
 * scrub step, a hover or a selection only changes uniforms (and a one-instance buffer).
 */
import type {
  CustomLayerInterface,
  CustomRenderMethodInput,
  Map as MapLibreMap,
} from 'maplibre-gl';
import type { MapTheme } from '../event-layers';
import { mercatorX, mercatorY } from '../../geo/mercator';
import { HALO_SIZE, ICON_SIZE, paintHalo, paintIcon } from '../kind-icons';
import { INSTANCE_FIELDS, INSTANCE_STRIDE, type MarkData } from './mark-data';
import { FRAGMENT_SHADER, PASS, VERTEX_SHADER } from './mark-shaders';
import { markGrid, type MarkGrid } from './mark-picking';
import { encodeWindow } from './time-encoding';

/** Every image cell is this many CSS px square: a halo's size; markers sit in the middle. */
const CELL_PX = HALO_SIZE;
/** The selected marker is drawn this much larger, as on the symbol layers. */
const SELECTED_SCALE = 1.3;

/** The marks each live map draws, for code that has only the map (the PNG export). */
export const marksOnMap = new WeakMap<object, TimeMarks>();

export const TIME_MARK_LAYER_IDS = {
  below: 'dateline-time-marks',
  above: 'dateline-time-marks-selected',
} as const;

interface Gpu {
  readonly program: WebGLProgram;
  readonly all: WebGLVertexArrayObject;
  readonly hovered: { vao: WebGLVertexArrayObject; buffer: WebGLBuffer };
  readonly selected: { vao: WebGLVertexArrayObject; buffer: WebGLBuffer };
  readonly buffers: WebGLBuffer[];
  readonly texture: WebGLTexture;
  readonly atlas: [number, number];
  readonly uniforms: (name: string) => WebGLUniformLocation | null;
}

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

function link(gl: WebGL2RenderingContext): WebGLProgram {
  const program = gl.createProgram();
  gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX_SHADER));
  gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT_SHADER));
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
    throw new Error(`Mark program did not link: ${gl.getProgramInfoLog(program) ?? ''}`);
  }
  return program;
}

/** The marker images and the two halos in one texture; returns it with its grid size. */
function atlasOf(
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
];

function vertexArray(
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

function buffer(gl: WebGL2RenderingContext, data: Float32Array, usage: number): WebGLBuffer {
  const created = gl.createBuffer();
  gl.bindBuffer(gl.ARRAY_BUFFER, created);
  gl.bufferData(gl.ARRAY_BUFFER, data, usage);
  return created;
}

/** The marks of one story in one theme; `dotsBelow` is the zoom under which dots are drawn. */
export class TimeMarks {
  private gpu: Gpu | undefined;
  private map: MapLibreMap | undefined;
  private context: WebGL2RenderingContext | undefined;
  private window: [number, number] = [0, 0];
  private hoveredIndex = -1;
  private selectedIndex = -1;

  constructor(
    readonly data: MarkData,
    private readonly theme: MapTheme,
    readonly dotsBelow: number,
  ) {}

  private filed: MarkGrid | undefined;

  /** The marks filed for picking, on first use (the first hover). */
  get grid(): MarkGrid {
    this.filed ??= markGrid(this.data);
    return this.filed;
  }

  /** The same marks in the same window, selection and hover, for another map (the PNG export). */
  copy(): TimeMarks {
    const copy = new TimeMarks(this.data, this.theme, this.dotsBelow);
    copy.window = this.window;
    copy.hoveredIndex = this.hoveredIndex;
    copy.selectedIndex = this.selectedIndex;
    return copy;
  }

  /** Ids of the events whose marks the window shows within [west, south, east, north]. */
  idsWithin(bounds: readonly [number, number, number, number]): Set<string> {
    const [west, south, east, north] = bounds;
    const [x0, x1, y0, y1] = [mercatorX(west), mercatorX(east), mercatorY(north), mercatorY(south)];
    const ids = new Set<string>();
    const F = INSTANCE_FIELDS;
    for (let i = 0; i < this.data.count; i += 1) {
      const at = i * INSTANCE_STRIDE;
      const x = this.data.instances[at + F.x] ?? -1;
      const y = this.data.instances[at + F.y] ?? -1;
      const start = this.data.instances[at + F.start] ?? 0;
      const end = this.data.instances[at + F.end] ?? 0;
      const shown = start < this.window[1] && end > this.window[0];
      if (shown && x >= x0 && x <= x1 && y >= y0 && y <= y1) ids.add(this.data.ids[i] ?? '');
    }
    ids.delete('');
    return ids;
  }

  /** True when, at this zoom, marks are density dots rather than markers. */
  dotsAt(zoom: number): boolean {
    return zoom < this.dotsBelow;
  }

  setWindow(from: number, to: number): void {
    this.window = encodeWindow(this.data.encoding, { from, to });
    this.map?.triggerRepaint();
  }

  setHovered(index: number): void {
    this.hoveredIndex = index;
    this.upload(this.gpu?.hovered.buffer, index);
    this.map?.triggerRepaint();
  }

  setSelected(index: number): void {
    this.selectedIndex = index;
    this.upload(this.gpu?.selected.buffer, index);
    this.map?.triggerRepaint();
  }

  private upload(target: WebGLBuffer | undefined, index: number): void {
    const gl = this.gl();
    if (!gl || !target) return;
    const single = new Float32Array(INSTANCE_STRIDE);
    if (index >= 0) {
      single.set(
        this.data.instances.subarray(index * INSTANCE_STRIDE, (index + 1) * INSTANCE_STRIDE),
      );
    } else {
      // An empty window hides it.
      single[INSTANCE_FIELDS.start] = 1;
      single[INSTANCE_FIELDS.end] = 0;
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, target);
    gl.bufferSubData(gl.ARRAY_BUFFER, 0, single);
  }

  private gl(): WebGL2RenderingContext | undefined {
    return this.context;
  }

  private setUp(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.context = gl;
    if (this.gpu) return;
    const program = link(gl);
    const corners = buffer(gl, new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]), gl.STATIC_DRAW);
    const instances = buffer(gl, this.data.instances, gl.STATIC_DRAW);
    const hovered = buffer(gl, new Float32Array(INSTANCE_STRIDE), gl.DYNAMIC_DRAW);
    const selected = buffer(gl, new Float32Array(INSTANCE_STRIDE), gl.DYNAMIC_DRAW);
    const { texture, atlas } = atlasOf(
      gl,
      this.data,
      this.theme,
      Math.max(1, Math.ceil(map.getPixelRatio())),
    );
    const locations = new Map<string, WebGLUniformLocation | null>();
    this.gpu = {
      program,
      all: vertexArray(gl, program, corners, instances),
      hovered: { vao: vertexArray(gl, program, corners, hovered), buffer: hovered },
      selected: { vao: vertexArray(gl, program, corners, selected), buffer: selected },
      buffers: [corners, instances, hovered, selected],
      texture,
      atlas,
      uniforms: (name) => {
        if (!locations.has(name)) locations.set(name, gl.getUniformLocation(program, name));
        return locations.get(name) ?? null;
      },
    };
    this.upload(hovered, this.hoveredIndex);
    this.upload(selected, this.selectedIndex);
  }

  private tearDown(gl: WebGL2RenderingContext): void {
    const gpu = this.gpu;
    if (!gpu) return;
    this.gpu = undefined;
    gl.deleteProgram(gpu.program);
    for (const vao of [gpu.all, gpu.hovered.vao, gpu.selected.vao]) gl.deleteVertexArray(vao);
    for (const created of gpu.buffers) gl.deleteBuffer(created);
    gl.deleteTexture(gpu.texture);
  }

  private begin(gl: WebGL2RenderingContext, args: CustomRenderMethodInput): Gpu | undefined {
    const gpu = this.gpu;
    const map = this.map;
    if (!gpu || !map) return undefined;
    const u = gpu.uniforms;
    gl.useProgram(gpu.program);
    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.STENCIL_TEST);
    gl.disable(gl.CULL_FACE);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, gpu.texture);
    gl.uniform1i(u('u_texture'), 0);
    gl.uniformMatrix4fv(u('u_matrix'), false, Float32Array.from(args.modelViewProjectionMatrix));
    const ratio = map.getPixelRatio();
    gl.uniform2f(u('u_viewport'), gl.drawingBufferWidth / ratio, gl.drawingBufferHeight / ratio);
    gl.uniform2f(u('u_window'), this.window[0], this.window[1]);
    gl.uniform1f(u('u_world'), 512 * 2 ** map.getZoom());
    gl.uniform2f(u('u_atlas'), gpu.atlas[0], gpu.atlas[1]);
    gl.uniform1f(u('u_size'), CELL_PX);
    return gpu;
  }

  private draw(
    gl: WebGL2RenderingContext,
    gpu: Gpu,
    vao: WebGLVertexArrayObject,
    count: number,
    options: {
      pass: number;
      image?: number;
      scale?: number;
      offsets?: boolean;
      emphasis?: boolean;
    },
  ): void {
    const u = gpu.uniforms;
    gl.uniform1i(u('u_pass'), options.pass);
    gl.uniform1f(u('u_image'), options.image ?? -1);
    gl.uniform1f(u('u_scale'), options.scale ?? 1);
    gl.uniform1f(u('u_offsets'), options.offsets === false ? 0 : 1);
    gl.uniform1f(u('u_selected'), options.emphasis ? this.selectedIndex : -1);
    gl.uniform1f(u('u_hovered'), options.emphasis ? this.hoveredIndex : -1);
    gl.bindVertexArray(vao);
    gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, count);
    gl.bindVertexArray(null);
  }

  /** Circles of doubt (with the markers only), the hover halo, then markers or dots. */
  private renderBelow(gl: WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    const gpu = this.begin(gl, args);
    if (!gpu || !this.map) return;
    const dots = this.dotsAt(this.map.getZoom());
    const halos = this.data.icons.length;
    // Zoomed out, the dots are the picture: thousands of circles of doubt would only be a carpet.
    if (!dots) this.draw(gl, gpu, gpu.all, this.data.count, { pass: PASS.circles, emphasis: true });
    if (this.hoveredIndex >= 0) {
      this.draw(gl, gpu, gpu.hovered.vao, 1, { pass: PASS.icons, image: halos, offsets: !dots });
    }
    this.draw(gl, gpu, gpu.all, this.data.count, { pass: dots ? PASS.dots : PASS.icons });
  }

  /** The selected event's halo and marker, above everything. */
  private renderAbove(gl: WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    if (this.selectedIndex < 0) return;
    const gpu = this.begin(gl, args);
    if (!gpu || !this.map) return;
    const offsets = !this.dotsAt(this.map.getZoom());
    const selectedHalo = this.data.icons.length + 1;
    this.draw(gl, gpu, gpu.selected.vao, 1, { pass: PASS.icons, image: selectedHalo, offsets });
    this.draw(gl, gpu, gpu.selected.vao, 1, { pass: PASS.icons, scale: SELECTED_SCALE, offsets });
  }

  /** The two custom layers; add `below` before the first label layer and `above` on top. */
  layers(): { below: CustomLayerInterface; above: CustomLayerInterface } {
    const common = {
      type: 'custom',
      renderingMode: '2d',
      onAdd: (map: MapLibreMap, gl: WebGL2RenderingContext) => this.setUp(map, gl),
      onRemove: (_map: MapLibreMap, gl: WebGL2RenderingContext) => this.tearDown(gl),
    } as const;
    return {
      below: {
        ...common,
        id: TIME_MARK_LAYER_IDS.below,
        render: (gl, args) => this.renderBelow(gl, args),
      },
      above: {
        ...common,
        id: TIME_MARK_LAYER_IDS.above,
        render: (gl, args) => this.renderAbove(gl, args),
      },
    };
  }
}
