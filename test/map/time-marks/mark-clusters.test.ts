import { describe, expect, it } from 'vitest';
import {
  cellKey,
  cellOf,
  CLUSTER_CELL_PX,
  CLUSTER_STRIDE,
  clusterLevel,
  clusterLevelSteps,
  drawnByCluster,
  loneInCluster,
  shownInCluster,
  type ClusterInput,
} from '../../../src/map/time-marks/mark-clusters';
import { mulberry32 } from '../../../scripts/generate-story.mjs';

/** Marks as [x, y, start, end], x and y in Web Mercator [0, 1]. */
function input(...marks: [number, number, number, number][]): ClusterInput {
  return {
    x: marks.map((m) => m[0]),
    y: marks.map((m) => m[1]),
    start: marks.map((m) => m[2]),
    end: marks.map((m) => m[3]),
  };
}

/** One px at `zoom`, in Web Mercator. */
const px = (zoom: number) => 1 / (512 * 2 ** zoom);

/** Shown marks of every cluster by brute force, to compare with the binary searches. */
function bruteForce(marks: ClusterInput, members: number[], from: number, to: number): number {
  return members.filter((i) => (marks.start[i] ?? 0) < to && (marks.end[i] ?? 0) > from).length;
}

describe('clusterLevel', () => {
  // Two marks 10 px apart at zoom 4 share a 40 px cell; a third is 200 px away.
  const near = input(
    [0.5, 0.5, 0, 2],
    [0.5 + 10 * px(4), 0.5, 1, 3],
    [0.5 + 200 * px(4), 0.5, 0, 2],
  );

  it('makes a cluster of the marks that share a cell and hides them, leaving a lone mark', () => {
    const level = clusterLevel(near, 4);
    expect(level.count).toBe(1);
    expect([...level.hidden]).toEqual([1, 1, 0]);
  });

  it('puts the cluster at the middle of its marks, with their times', () => {
    const level = clusterLevel(near, 4);
    const [x, y, offset, size] = level.clusters.subarray(0, CLUSTER_STRIDE);
    expect(x).toBeCloseTo(0.5 + 5 * px(4), 9);
    expect(y).toBeCloseTo(0.5, 9);
    expect(size).toBe(2);
    expect([...level.times.subarray(offset, (offset ?? 0) + 4)]).toEqual([0, 1, 2, 3]);
  });

  it('opens the cluster into single marks at a zoom where they are a cell apart', () => {
    // 10 px at zoom 4 is 40 px at zoom 6: a cell apart.
    const level = clusterLevel(near, 6);
    expect(level.count).toBe(0);
    expect([...level.hidden]).toEqual([0, 0, 0]);
  });

  it('files each cluster under its cell, for picking', () => {
    const level = clusterLevel(near, 4);
    const [column, row] = cellOf(0.5, 0.5, 4);
    expect(level.byCell.get(cellKey(column, row, 4))).toBe(0);
    expect(cellOf(0.5 + CLUSTER_CELL_PX * px(4), 0.5, 4)[0]).toBe(column + 1);
  });
});

describe('clusterLevelSteps', () => {
  const random = mulberry32(3);
  const many: [number, number, number, number][] = Array.from({ length: 30_000 }, () => [
    0.6 + random() * 2000 * px(6),
    0.4 + random() * 2000 * px(6),
    0,
    1,
  ]);
  const marks = input(...many);

  it('yields between slices of a large level and ends with the level built at once', () => {
    const steps = clusterLevelSteps(marks, 6);
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields += 1;
      step = steps.next();
    }
    expect(yields).toBeGreaterThan(5);
    const whole = clusterLevel(marks, 6);
    expect(step.value.count).toBe(whole.count);
    expect([...step.value.clusters]).toEqual([...whole.clusters]);
    expect([...step.value.hidden]).toEqual([...whole.hidden]);
  });

  it('names the cluster of each hidden mark, and -1 for a mark alone', () => {
    const level = clusterLevel(marks, 6);
    const [column, row] = cellOf(many[0]?.[0] ?? 0, many[0]?.[1] ?? 0, 6);
    const cluster = level.byCell.get(cellKey(column, row, 6)) ?? -1;
    expect(level.clusterOfMark[0]).toBe(cluster);
    for (let i = 0; i < many.length; i += 1) {
      expect(level.clusterOfMark[i] === -1).toBe(level.hidden[i] === 0);
    }
  });
});

describe('shownInCluster', () => {
  const stack = input([0.3, 0.3, 0, 2], [0.3, 0.3, 1, 3], [0.3, 0.3, 5, 9], [0.3, 0.3, 2, 3]);
  const level = clusterLevel(stack, 3);

  it('counts the marks the window shows: start before its end, end after its start', () => {
    expect(shownInCluster(level, 0, [0, 10])).toBe(4);
    expect(shownInCluster(level, 0, [2, 5])).toBe(2);
    expect(shownInCluster(level, 0, [3, 5])).toBe(0);
    expect(shownInCluster(level, 0, [6, 7])).toBe(1);
  });

  it('leaves the one mark a window shows in a cell to draw itself, and the others to the disc', () => {
    // [6, 7] shows only the third mark; [0, 10] shows all four.
    expect([0, 1, 2, 3].map((i) => drawnByCluster(level, i, [6, 7]))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect([0, 1, 2, 3].map((i) => drawnByCluster(level, i, [0, 10]))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('lists the marks alone in their cell, the only ones the marks’ pass draws', () => {
    const pair = input([0.3, 0.3, 0, 1], [0.9, 0.9, 0, 1], [0.3, 0.3, 0, 1], [0.6, 0.6, 0, 1]);
    expect([...clusterLevel(pair, 3).alone]).toEqual([1, 3]);
  });

  it('names the one mark a window leaves in a cell, and none when it leaves several or none', () => {
    expect(loneInCluster(level, 0, [6, 7])).toBe(2);
    // [2, 3) shows the second (1–3) and the fourth (2–3); [3, 5) none; [8, 1) is empty.
    expect(loneInCluster(level, 0, [2, 3])).toBe(-1);
    expect(loneInCluster(level, 0, [3, 5])).toBe(-1);
    expect(loneInCluster(level, 0, [8, 1])).toBe(-1);
  });

  it('never counts below zero for an empty window', () => {
    expect(shownInCluster(level, 0, [8, 1])).toBe(0);
  });

  it('agrees with a count of every mark for random marks and windows', () => {
    const random = mulberry32(7);
    const marks: [number, number, number, number][] = [];
    for (let i = 0; i < 400; i += 1) {
      const start = Math.floor(random() * 100);
      marks.push([
        0.6 + random() * 60 * px(2),
        0.4 + random() * 60 * px(2),
        start,
        start + Math.floor(random() * 10),
      ]);
    }
    const all = input(...marks);
    const random2 = clusterLevel(all, 2);
    const membersOf = new Map<number, number[]>();
    marks.forEach((m, i) => {
      const [column, row] = cellOf(m[0], m[1], 2);
      const index = random2.byCell.get(cellKey(column, row, 2));
      if (index !== undefined) membersOf.set(index, [...(membersOf.get(index) ?? []), i]);
    });
    expect(membersOf.size).toBe(random2.count);
    let lones = 0;
    for (let k = 0; k < 50; k += 1) {
      const from = Math.floor(random() * 110) - 5;
      const to = from + Math.floor(random() * 30);
      for (const [index, members] of membersOf) {
        expect(shownInCluster(random2, index, [from, to])).toBe(bruteForce(all, members, from, to));
        const shown = members.filter((i) => (all.start[i] ?? 0) < to && (all.end[i] ?? 0) > from);
        const lone = shown.length === 1 && from < to ? (shown[0] ?? -1) : -1;
        expect(loneInCluster(random2, index, [from, to])).toBe(lone);
        if (lone >= 0) lones += 1;
      }
    }
    // The windows left one mark in a cell often enough for the XOR to be tried.
    expect(lones).toBeGreaterThan(10);
  });
});
