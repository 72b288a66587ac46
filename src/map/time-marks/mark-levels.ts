/**
 * The cluster levels of a story's marks (mark-clusters.ts), each worked out the first time the map
 * is drawn at that whole zoom and kept for the story (every theme and the PNG export share them),
 * and each level's buffers and times texture on one GPU context.
 */
import { clusterLevel, type ClusterInput, type ClusterLevel } from './mark-clusters';
import { INSTANCE_FIELDS, INSTANCE_STRIDE, type MarkData } from './mark-data';
import { buffer, clusterArray, timesTexture, vertexArray } from './mark-gl';

interface Levels {
  readonly input: ClusterInput;
  readonly byZoom: Map<number, ClusterLevel>;
}

const levelsOf = new WeakMap<MarkData, Levels>();

function inputOf(data: MarkData): ClusterInput {
  const F = INSTANCE_FIELDS;
  const field = (name: keyof typeof F) =>
    Float32Array.from(
      { length: data.count },
      (_, i) => data.instances[i * INSTANCE_STRIDE + F[name]] ?? 0,
    );
  return { x: field('x'), y: field('y'), start: field('start'), end: field('end') };
}

/** The clusters of the marks at whole zoom `zoom`. */
export function clustersOf(data: MarkData, zoom: number): ClusterLevel {
  let levels = levelsOf.get(data);
  if (!levels) {
    levels = { input: inputOf(data), byZoom: new Map() };
    levelsOf.set(data, levels);
  }
  let level = levels.byZoom.get(zoom);
  if (!level) {
    level = clusterLevel(levels.input, zoom);
    levels.byZoom.set(zoom, level);
  }
  return level;
}

/** One cluster level on the GPU: the marks with their `a_hidden`, the clusters, their times. */
export interface LevelGpu {
  readonly level: ClusterLevel;
  readonly marks: WebGLVertexArrayObject;
  readonly clusters: WebGLVertexArrayObject;
  readonly times: WebGLTexture;
  readonly buffers: readonly WebGLBuffer[];
}

export function levelGpu(
  gl: WebGL2RenderingContext,
  program: WebGLProgram,
  shared: { corners: WebGLBuffer; instances: WebGLBuffer },
  level: ClusterLevel,
): LevelGpu {
  const hidden = buffer(gl, level.hidden, gl.STATIC_DRAW);
  const clusters = buffer(gl, level.clusters, gl.STATIC_DRAW);
  return {
    level,
    marks: vertexArray(gl, program, shared.corners, shared.instances, hidden),
    clusters: clusterArray(gl, program, shared.corners, clusters),
    times: timesTexture(gl, level.times),
    buffers: [hidden, clusters],
  };
}

export function deleteLevelGpu(gl: WebGL2RenderingContext, gpu: LevelGpu): void {
  gl.deleteVertexArray(gpu.marks);
  gl.deleteVertexArray(gpu.clusters);
  for (const created of gpu.buffers) gl.deleteBuffer(created);
  gl.deleteTexture(gpu.times);
}
