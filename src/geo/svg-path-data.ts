/**
 * Lines and rings as the shortest SVG path data that draws them at a given precision: each
 * piece's first point absolute, the rest as steps from the point before (`l`, repeated without
 * its letter), numbers without leading zeros or spaces a sign already separates. A still map
 * travels in every first-view page, where its bytes are read before the story's text paints.
 */
import type { PlanePoint } from './clip-to-box';

/** A value rounded to `decimals` places, for a drawing's attributes (a label's x, a dot's y). */
export function rounded(value: number, decimals = 1): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** A number on the grid (an integer count of 10^-decimals) as the fewest characters. */
function gridNumber(steps: number, decimals: number): string {
  const text = (steps / 10 ** decimals).toFixed(decimals);
  const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return trimmed.replace(/^(-?)0\./, '$1.');
}

/** Numbers joined with a space only where the next one's sign or point does not separate it. */
function joinNumbers(numbers: readonly string[]): string {
  let out = '';
  let previous = '';
  for (const number of numbers) {
    const separated =
      previous === '' ||
      number.startsWith('-') ||
      (number.startsWith('.') && previous.includes('.'));
    out += separated ? number : ` ${number}`;
    previous = number;
  }
  return out;
}

/** The piece's points on the grid, without repeats (nor, for a ring, its closing point). */
function onGrid(piece: readonly PlanePoint[], closed: boolean, scale: number): [number, number][] {
  const points: [number, number][] = [];
  for (const [x, y] of piece) {
    const point: [number, number] = [Math.round(x * scale), Math.round(y * scale)];
    const last = points[points.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
  }
  const first = points[0];
  const last = points[points.length - 1];
  if (closed && points.length > 1 && first && last && first[0] === last[0] && first[1] === last[1])
    points.pop();
  return points;
}

/**
 * Path data for the pieces, each rounded to `decimals` places: rings closed with `z`. A piece
 * that rounds to fewer than two points (three for a ring) is left out, so a shape smaller than
 * the grid draws nothing rather than a dot. The steps are taken between rounded points, so the
 * rounding never adds up along a line.
 */
export function pathData(
  pieces: readonly (readonly PlanePoint[])[],
  closed: boolean,
  decimals: number,
): string {
  const scale = 10 ** decimals;
  const number = (steps: number) => gridNumber(steps, decimals);
  let out = '';
  for (const piece of pieces) {
    const points = onGrid(piece, closed, scale);
    const [start, ...rest] = points;
    if (!start || points.length < (closed ? 3 : 2)) continue;
    const steps: string[] = [];
    let [x, y] = start;
    for (const [nextX, nextY] of rest) {
      steps.push(number(nextX - x), number(nextY - y));
      [x, y] = [nextX, nextY];
    }
    out += `M${joinNumbers([number(start[0]), number(start[1])])}l${joinNumbers(steps)}`;
    if (closed) out += 'z';
  }
  return out;
}
