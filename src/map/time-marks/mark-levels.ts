/**
 * The cluster levels of a story's marks (mark-clusters.ts), each worked out the first time the map
 * is drawn at that whole zoom and kept for the story (every theme and the PNG export share them),
 * and each level's buffers and times texture on one GPU context. A level is built in slices that
 * give the page its turn between them, so building one is never a long task.
 */
import { clusterLevelSteps, type ClusterInput, type ClusterLevel } from './mark-clusters';
import { INSTANCE_FIELDS, INSTANCE_STRIDE, type MarkData } from './mark-data';
import { buildInSlices } from '../../story/work-in-slices';
import { buffer, clusterArray, quadIndices, timesTexture, vertexArray } from './mark-gl';

interface Levels {
  /** The marks' places and times as the clustering reads them, once copied out. */
  input?: ClusterInput;
  readonly byZoom: Map<number, ClusterLevel>;
  readonly building: Map<number, Promise<ClusterLevel>>;
}

const levelsOf = new WeakMap<MarkData, Levels>();

/** The marks' places and times copied out of the instances, yielding between slices. */
function* inputSteps(data: MarkData): Generator<void, ClusterInput> {
  const F = INSTANCE_FIELDS;
  const x = new Float32Array(data.count);
  const y = new Float32Array(data.count);
  const start = new Float32Array(data.count);
  const end = new Float32Array(data.count);
  for (let i = 0; i < data.count; i += 1) {
    if (i % 4096 === 4095) yield;
    const at = i * INSTANCE_STRIDE;
    x[i] = data.instances[at + F.x] ?? 0;
    y[i] = data.instances[at + F.y] ?? 0;
    start[i] = data.instances[at + F.start] ?? 0;
    end[i] = data.instances[at + F.end] ?? 0;
  }
  return { x, y, start, end };
}

function levelsFor(data: MarkData): Levels {
  let levels = levelsOf.get(data);
  if (!levels) {
    levels = { byZoom: new Map(), building: new Map() };
    levelsOf.set(data, levels);
  }
  return levels;
}

function* levelSteps(data: MarkData, levels: Levels, zoom: number): Generator<void, ClusterLevel> {
  levels.input ??= yield* inputSteps(data);
  return yield* clusterLevelSteps(levels.input, zoom);
}

/** The clusters of the marks at whole zoom `zoom` if they are built already. */
export function builtLevel(data: MarkData, zoom: number): ClusterLevel | undefined {
  return levelsOf.get(data)?.byZoom.get(zoom);
}

/** The built level nearest `zoom`, to draw while `zoom`'s own is built. */
export function nearestBuiltLevel(data: MarkData, zoom: number): ClusterLevel | undefined {
  let nearest: ClusterLevel | undefined;
  for (const level of levelsOf.get(data)?.byZoom.values() ?? []) {
    if (!nearest || Math.abs(level.zoom - zoom) < Math.abs(nearest.zoom - zoom)) nearest = level;
  }
  return nearest;
}

/** The clusters of the marks at whole zoom `zoom`, built in slices the first time they are asked for. */
export function clustersOf(data: MarkData, zoom: number): Promise<ClusterLevel> {
  const levels = levelsFor(data);
  const built = levels.byZoom.get(zoom);
  if (built) return Promise.resolve(built);
  let building = levels.building.get(zoom);
  if (!building) {
    building = buildInSlices(levelSteps(data, levels, zoom)).then((level) => {
      levels.byZoom.set(zoom, level);
      levels.building.delete(zoom);
      return level;
    });
    levels.building.set(zoom, building);
  }
  return building;
}

/**
 * One cluster level on the GPU: the marks alone in their cell (the marks' buffer, drawn through
 * their own element indices), the clusters, their times.
 */
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
  shared: { marks: WebGLBuffer },
  level: ClusterLevel,
): LevelGpu {
  const alone = quadIndices(gl, 0, level.alone);
  const clusters = buffer(gl, level.clusters, gl.STATIC_DRAW);
  return {
    level,
    marks: vertexArray(gl, program, { indices: alone, marks: shared.marks }),
    clusters: clusterArray(gl, program, clusters),
    times: timesTexture(gl, level.times),
    buffers: [alone, clusters],
  };
}

export function deleteLevelGpu(gl: WebGL2RenderingContext, gpu: LevelGpu): void {
  gl.deleteVertexArray(gpu.marks);
  gl.deleteVertexArray(gpu.clusters);
  for (const created of gpu.buffers) gl.deleteBuffer(created);
  gl.deleteTexture(gpu.times);
}
