/**
 * Two MapLibre custom layers that draw a large story's point marks with WebGL: one beneath the
 * basemap's labels (circles of doubt, the hover halo, guesses' dashed rings, the markers and,
 * zoomed out, clusters with their counts), one on top (the selected event, so it is never hidden,
 * not even inside a cluster). The instances are uploaded once and each zoom level's clusters when
 * the map first shows that level; a scrub step, a hover or a selection only changes uniforms (and
 * a one-instance buffer). Zoomed out, a frame is a pass over the marks alone in their cell and
 * passes over the clusters (which draw the one mark a window leaves in a cell): at 100,000 marks,
 * drawing every mark to hide the clustered ones in the shader took about 90 ms of a 130 ms frame
 * in software GL.
 */
import type {
  CustomLayerInterface,
  CustomRenderMethodInput,
  Map as MapLibreMap,
} from 'maplibre-gl';
import type { MapTheme } from '../event-layers';
import { mercatorX, mercatorY } from '../../geo/mercator';
import { INSTANCE_FIELDS, INSTANCE_STRIDE, type MarkData } from './mark-data';
import {
  atlasImages,
  atlasOf,
  CELL_PX,
  checkLink,
  fillQuads,
  marksTexture,
  QUAD_CORNERS,
  QUAD_INDICES,
  quadBuffer,
  quadBufferSteps,
  quadIndices,
  startLink,
  TIMES_WIDTH,
  vertexArray,
  type StartedLink,
} from './mark-gl';
import { PASS } from './mark-shaders';
import { CLUSTER_CELL_PX, type ClusterLevel } from './mark-clusters';
import {
  builtLevel,
  clustersOf,
  deleteLevelGpu,
  levelGpu,
  nearestBuiltLevel,
  type LevelGpu,
} from './mark-levels';
import { markGrid, type MarkGrid } from './mark-picking';
import { encodeWindow } from './time-encoding';
import { repaintMarks } from '../frame-copies/marks-repaint';
import { buildInSlices } from '../../story/work-in-slices';

/** The selected marker is drawn this much larger, as on the symbol layers. */
const SELECTED_SCALE = 1.3;

/**
 * How long after the marks' program is sent to be compiled it is asked for (mark-gl.ts):
 * software GL takes 0.1–0.5 s; a GPU a few ms, so marks are at most this late there.
 */
const LINK_WAIT_MS = 100;

/** Clusters' discs: a slate that white counts read on, in either theme. */
const CLUSTER_COLOR = { light: [0.2, 0.27, 0.35], dark: [0.33, 0.41, 0.5] } as const;

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
  /** Every mark's fields, where a cluster reads the one mark the window leaves in its cell. */
  readonly marks: WebGLTexture;
  readonly atlas: [number, number];
  readonly uniforms: (name: string) => WebGLUniformLocation | null;
  readonly shared: { marks: WebGLBuffer };
  /** The cluster levels uploaded so far, by zoom. */
  readonly levels: Map<number, LevelGpu>;
}

export class TimeMarks {
  private gpu: Gpu | undefined;
  private map: MapLibreMap | undefined;
  private context: WebGL2RenderingContext | undefined;
  private window: [number, number] = [0, 0];
  private hoveredIndex = -1;
  private selectedIndex = -1;
  /** The view matrix as the GPU takes it, one array for every frame (none allocated per frame). */
  private readonly matrix = new Float32Array(16);
  /** The hovered or selected mark at its four corners, as uploaded (reused, not allocated). */
  private readonly single = new Float32Array(QUAD_CORNERS * INSTANCE_STRIDE);
  private readonly record = new Float32Array(INSTANCE_STRIDE);

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

  /** True when, at this zoom, marks would overlap: those that share a cell are clusters. */
  clustersAt(zoom: number): boolean {
    return zoom < this.dotsBelow;
  }

  /** Whole zoom levels asked for and still being built. */
  private readonly requested = new Set<number>();

  /**
   * The clusters the map draws at this zoom: undefined when marks stand apart, else the zoom's
   * whole level, or while that is built (in slices, mark-levels.ts) the nearest level built, or
   * 'pending' when there is none yet (no mark is drawn then, as none would stand apart).
   */
  levelDrawnAt(zoom: number): ClusterLevel | 'pending' | undefined {
    if (!this.clustersAt(zoom)) return undefined;
    const whole = Math.max(0, Math.floor(zoom));
    const built = builtLevel(this.data, whole);
    if (built) return built;
    if (!this.requested.has(whole)) {
      this.requested.add(whole);
      void clustersOf(this.data, whole).finally(() => {
        this.requested.delete(whole);
        this.map?.triggerRepaint();
      });
    }
    return nearestBuiltLevel(this.data, whole) ?? 'pending';
  }

  /** The clusters drawn at this zoom, or undefined when marks stand apart or none is built. */
  clusterLevelAt(zoom: number): ClusterLevel | undefined {
    const level = this.levelDrawnAt(zoom);
    return level === 'pending' ? undefined : level;
  }

  /**
   * True while the marks' program is being linked, their buffers uploaded, or a cluster level the
   * map asked for built: its marks are not all drawn.
   */
  get building(): boolean {
    return this.linking !== undefined || this.uploading !== undefined || this.requested.size > 0;
  }

  /** The selected mark's index, or -1: it is drawn above the clusters. */
  get selected(): number {
    return this.selectedIndex;
  }

  /** The cluster window as the GPU compares it: encoded times. */
  get encodedWindow(): readonly [number, number] {
    return this.window;
  }

  setWindow(from: number, to: number): void {
    this.window = encodeWindow(this.data.encoding, { from, to });
    if (this.map) repaintMarks(this.map);
  }

  setHovered(index: number): void {
    this.hoveredIndex = index;
    this.upload(this.gpu?.hovered.buffer, index);
    if (this.map) repaintMarks(this.map);
  }

  setSelected(index: number): void {
    this.selectedIndex = index;
    this.upload(this.gpu?.selected.buffer, index);
    if (this.map) repaintMarks(this.map);
  }

  private upload(target: WebGLBuffer | undefined, index: number): void {
    const gl = this.gl();
    if (!gl || !target) return;
    const record = this.record;
    if (index >= 0) {
      record.set(
        this.data.instances.subarray(index * INSTANCE_STRIDE, (index + 1) * INSTANCE_STRIDE),
      );
    } else {
      // An empty window hides it.
      record.fill(0);
      record[INSTANCE_FIELDS.start] = 1;
      record[INSTANCE_FIELDS.end] = 0;
    }
    fillQuads(this.single, record, INSTANCE_STRIDE, 0, 1);
    gl.bindBuffer(gl.ARRAY_BUFFER, target);
    gl.bufferSubData(gl.ARRAY_BUFFER, 0, this.single);
  }

  private gl(): WebGL2RenderingContext | undefined {
    return this.context;
  }

  /** The program being compiled and the timer that will ask for it, until it is linked. */
  private linking: { started: StartedLink; timer: ReturnType<typeof setTimeout> } | undefined;

  private setUp(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.context = gl;
    if (this.gpu || this.linking || this.uploading) return;
    // Nothing is drawn until the program is linked; `building` holds the map's ready meanwhile.
    const started = startLink(gl);
    const timer = setTimeout(() => {
      this.linking = undefined;
      this.setUpLinked(map, gl, checkLink(gl, started));
    }, LINK_WAIT_MS);
    this.linking = { started, timer };
  }

  /** The marks' upload after the link, in slices, until the GPU state is whole. */
  private uploading: { cancelled: boolean } | undefined;

  private setUpLinked(map: MapLibreMap, gl: WebGL2RenderingContext, program: WebGLProgram): void {
    const upload = { cancelled: false };
    this.uploading = upload;
    void buildInSlices(this.gpuSteps(map, gl, program, upload)).then((gpu) => {
      if (this.uploading !== upload || !gpu) return;
      this.uploading = undefined;
      this.gpu = gpu;
      this.upload(gpu.hovered.buffer, this.hoveredIndex);
      this.upload(gpu.selected.buffer, this.selectedIndex);
      map.triggerRepaint();
    });
  }

  /**
   * The marks' buffers, vertex arrays and textures, made in steps: the marks' buffer, four
   * corners of every mark, is uploaded in parts between which the page gets its turn. Torn
   * down meanwhile (`upload.cancelled`), it deletes what it made and gives nothing.
   */
  private *gpuSteps(
    map: MapLibreMap,
    gl: WebGL2RenderingContext,
    program: WebGLProgram,
    upload: { cancelled: boolean },
  ): Generator<void, Gpu | undefined> {
    const indices = quadIndices(gl, Math.max(1, this.data.count));
    const marks = gl.createBuffer();
    const parts = quadBufferSteps(gl, this.data.instances, INSTANCE_STRIDE, gl.STATIC_DRAW, marks);
    while (!parts.next().done) {
      yield;
      if (upload.cancelled) {
        for (const made of [indices, marks]) gl.deleteBuffer(made);
        gl.deleteProgram(program);
        return undefined;
      }
    }
    const one = new Float32Array(INSTANCE_STRIDE);
    const hovered = quadBuffer(gl, one, INSTANCE_STRIDE, gl.DYNAMIC_DRAW);
    const selected = quadBuffer(gl, one, INSTANCE_STRIDE, gl.DYNAMIC_DRAW);
    const { texture, atlas } = atlasOf(
      gl,
      this.data,
      this.theme,
      Math.max(1, Math.ceil(map.getPixelRatio())),
    );
    const marksFields = marksTexture(gl, this.data.instances);
    const locations = new Map<string, WebGLUniformLocation | null>();
    return {
      program,
      all: vertexArray(gl, program, { indices, marks }),
      hovered: { vao: vertexArray(gl, program, { indices, marks: hovered }), buffer: hovered },
      selected: { vao: vertexArray(gl, program, { indices, marks: selected }), buffer: selected },
      buffers: [indices, marks, hovered, selected],
      texture,
      marks: marksFields,
      atlas,
      uniforms: (name) => {
        if (!locations.has(name)) locations.set(name, gl.getUniformLocation(program, name));
        return locations.get(name) ?? null;
      },
      shared: { marks },
      levels: new Map(),
    };
  }

  private tearDown(gl: WebGL2RenderingContext): void {
    if (this.linking) {
      clearTimeout(this.linking.timer);
      gl.deleteProgram(this.linking.started.program);
      this.linking = undefined;
    }
    if (this.uploading) {
      this.uploading.cancelled = true;
      this.uploading = undefined;
    }
    const gpu = this.gpu;
    if (!gpu) return;
    this.gpu = undefined;
    gl.deleteProgram(gpu.program);
    for (const vao of [gpu.all, gpu.hovered.vao, gpu.selected.vao]) gl.deleteVertexArray(vao);
    for (const created of gpu.buffers) gl.deleteBuffer(created);
    gl.deleteTexture(gpu.texture);
    gl.deleteTexture(gpu.marks);
    for (const level of gpu.levels.values()) deleteLevelGpu(gl, level);
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
    this.matrix.set(args.modelViewProjectionMatrix);
    gl.uniformMatrix4fv(u('u_matrix'), false, this.matrix);
    const ratio = map.getPixelRatio();
    gl.uniform2f(u('u_viewport'), gl.drawingBufferWidth / ratio, gl.drawingBufferHeight / ratio);
    gl.uniform2f(u('u_window'), this.window[0], this.window[1]);
    gl.uniform1f(u('u_world'), 512 * 2 ** map.getZoom());
    gl.uniform2f(u('u_atlas'), gpu.atlas[0], gpu.atlas[1]);
    gl.uniform1f(u('u_size'), CELL_PX);
    gl.uniform1f(u('u_cell'), CLUSTER_CELL_PX);
    gl.uniform1f(u('u_glyphs'), atlasImages(this.data).glyphs);
    const [red, green, blue] = CLUSTER_COLOR[this.theme === 'dark' ? 'dark' : 'light'];
    gl.uniform3f(u('u_clusterColor'), red, green, blue);
    return gpu;
  }

  private draw(
    gl: WebGL2RenderingContext,
    gpu: Gpu,
    vao: WebGLVertexArrayObject,
    count: number,
    options: { pass: number; image?: number; scale?: number; emphasis?: boolean; lone?: boolean },
  ): void {
    const u = gpu.uniforms;
    gl.uniform1i(u('u_pass'), options.pass);
    gl.uniform1f(u('u_lone'), options.lone ? 1 : 0);
    gl.uniform1f(u('u_image'), options.image ?? -1);
    gl.uniform1f(u('u_scale'), options.scale ?? 1);
    gl.uniform1f(u('u_offsets'), 1);
    gl.uniform1f(u('u_selected'), options.emphasis ? this.selectedIndex : -1);
    gl.uniform1f(u('u_hovered'), options.emphasis ? this.hoveredIndex : -1);
    gl.bindVertexArray(vao);
    if (options.pass === PASS.clusters || options.lone) {
      gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, count);
    } else gl.drawElements(gl.TRIANGLES, count * QUAD_INDICES, gl.UNSIGNED_INT, 0);
    gl.bindVertexArray(null);
  }

  /** The clusters drawn at this zoom on the GPU, each level uploaded the first time it is drawn. */
  private levelOnGpu(
    gl: WebGL2RenderingContext,
    gpu: Gpu,
    zoom: number,
  ): LevelGpu | 'pending' | undefined {
    const level = this.levelDrawnAt(zoom);
    if (level === undefined || level === 'pending') return level;
    let uploaded = gpu.levels.get(level.zoom);
    if (!uploaded) {
      uploaded = levelGpu(gl, gpu.program, gpu.shared, level);
      gpu.levels.set(level.zoom, uploaded);
      // Creating the times texture bound it to unit 0, where the passes read the atlas: a level
      // uploaded on the last frame before the map rests drew its counts as red squares.
      gl.bindTexture(gl.TEXTURE_2D, gpu.texture);
    }
    return uploaded;
  }

  /**
   * Circles of doubt (with the markers only), the hover halo, guesses' rings (when the story has
   * guesses), then markers; zoomed out, the markers alone in their cell, the one mark a window
   * leaves in a cluster's cell, and one disc per cluster that the window shows more marks of.
   */
  private renderBelow(gl: WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    const gpu = this.begin(gl, args);
    if (!gpu || !this.map) return;
    const level = this.levelOnGpu(gl, gpu, this.map.getZoom());
    if (level === 'pending') return;
    const images = atlasImages(this.data);
    // Zoomed out, thousands of circles of doubt would only be a carpet.
    if (!level)
      this.draw(gl, gpu, gpu.all, this.data.count, { pass: PASS.circles, emphasis: true });
    if (this.hoveredIndex >= 0) {
      this.draw(gl, gpu, gpu.hovered.vao, 1, { pass: PASS.icons, image: images.hover });
    }
    const marks = level ? level.marks : gpu.all;
    const count = level ? level.level.alone.length : this.data.count;
    const clusters = level && level.level.count > 0 ? level : undefined;
    if (clusters) this.bindClusterTimes(gl, gpu, clusters);
    const byCluster = clusters?.clusters;
    const clusterCount = clusters?.level.count ?? 0;
    if (this.data.guesses > 0) {
      this.draw(gl, gpu, marks, count, { pass: PASS.guess, image: images.guess });
      if (byCluster) {
        this.draw(gl, gpu, byCluster, clusterCount, {
          pass: PASS.guess,
          image: images.guess,
          lone: true,
        });
      }
    }
    this.draw(gl, gpu, marks, count, { pass: PASS.icons });
    if (byCluster) {
      this.draw(gl, gpu, byCluster, clusterCount, { pass: PASS.icons, lone: true });
      this.draw(gl, gpu, byCluster, clusterCount, { pass: PASS.clusters });
    }
  }

  /** The level's sorted times on unit 1 and every mark's fields on unit 2, for the clusters. */
  private bindClusterTimes(gl: WebGL2RenderingContext, gpu: Gpu, level: LevelGpu): void {
    const u = gpu.uniforms;
    gl.activeTexture(gl.TEXTURE1);
    gl.bindTexture(gl.TEXTURE_2D, level.times);
    gl.uniform1i(u('u_times'), 1);
    gl.activeTexture(gl.TEXTURE2);
    gl.bindTexture(gl.TEXTURE_2D, gpu.marks);
    gl.uniform1i(u('u_marks'), 2);
    gl.uniform1i(u('u_timesWidth'), TIMES_WIDTH);
    gl.activeTexture(gl.TEXTURE0);
  }

  /** The selected event's halo and marker, above everything, clusters included. */
  private renderAbove(gl: WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    if (this.selectedIndex < 0) return;
    const gpu = this.begin(gl, args);
    if (!gpu || !this.map) return;
    const images = atlasImages(this.data);
    this.draw(gl, gpu, gpu.selected.vao, 1, { pass: PASS.icons, image: images.selected });
    this.draw(gl, gpu, gpu.selected.vao, 1, { pass: PASS.icons, scale: SELECTED_SCALE });
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
