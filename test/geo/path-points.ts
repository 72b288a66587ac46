/**
 * Test helper: SVG path data (M, m, L, l, z) read back into absolute subpaths, so tests check
 * where a path goes, not how it is spelled.
 */
export type Subpath = { points: [number, number][]; closed: boolean };

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/gi;

export function pathPoints(data: string): Subpath[] {
  const subpaths: Subpath[] = [];
  let current: Subpath | undefined;
  let x = 0;
  let y = 0;
  for (const [, command = '', args = ''] of data.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    if (command === 'z' || command === 'Z') {
      if (current) current.closed = true;
      continue;
    }
    const numbers = (args.match(NUMBER) ?? []).map(Number);
    for (let index = 0; index + 1 < numbers.length; index += 2) {
      const dx = numbers[index] ?? 0;
      const dy = numbers[index + 1] ?? 0;
      const relative = command === 'm' || command === 'l';
      [x, y] = relative ? [x + dx, y + dy] : [dx, dy];
      if ((command === 'M' || command === 'm') && index === 0) {
        current = { points: [], closed: false };
        subpaths.push(current);
      }
      current?.points.push([x, y]);
    }
  }
  return subpaths;
}
