/**
 * Sorts a Float64Array ascending in slices, for work that yields to the page between them: a
 * cluster of 100,000 marks sorted at once was one task of about 150 ms on a busy machine. Runs
 * of RUN values are sorted natively, then merged pairwise through a buffer, yielding after every
 * RUN values sorted and every MERGE_STEP values moved.
 */

const RUN = 4096;
const MERGE_STEP = 16_384;

export function* sortInSlices(values: Float64Array): Generator<void, void> {
  const n = values.length;
  for (let from = 0; from < n; from += RUN) {
    values.subarray(from, Math.min(n, from + RUN)).sort();
    if (from + RUN < n) yield;
  }
  if (n <= RUN) return;
  let source: Float64Array = values;
  let target: Float64Array = new Float64Array(n);
  let moved = 0;
  for (let width = RUN; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const middle = Math.min(n, left + width);
      const right = Math.min(n, left + 2 * width);
      let i = left;
      let j = middle;
      for (let k = left; k < right; k += 1) {
        const a = source[i] ?? 0;
        const b = source[j] ?? 0;
        if (i < middle && (j >= right || a <= b)) {
          target[k] = a;
          i += 1;
        } else {
          target[k] = b;
          j += 1;
        }
      }
      moved += right - left;
      if (moved >= MERGE_STEP) {
        moved = 0;
        yield;
      }
    }
    [source, target] = [target, source];
  }
  if (source !== values) values.set(source);
}
