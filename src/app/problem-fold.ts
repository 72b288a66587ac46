/**
 * A broken file can hold hundreds of thousands of problems (a 480 KB file of bad events gave
 * 120,000 rows, which froze the page). Past a few dozen, problems are folded by kind: one line per
 * kind of problem with how often it occurs and the first few places.
 */
import { describeProblem, type Problem } from '../story/problem';

/** Up to this many problems are listed one per line. */
export const LIST_EACH_UP_TO = 30;
/** Places named on a folded line before "…". */
const FIRST_PATHS = 3;
/** Kinds listed before the rest are only counted. */
const MAX_KINDS = 40;

interface Kind {
  readonly path: string;
  readonly message: string;
  count: number;
  readonly first: string[];
}

/** "events[12].excerpts[0].quote" → "events[*].excerpts[*].quote"; quoted values → "…". */
function kindOf(problem: Problem): string {
  const path = problem.path.replace(/\[\d+\]/g, '[*]');
  const message = problem.message.replace(/"[^"]*"/g, '"…"');
  return `${path}\u0000${message}`;
}

/** One line per problem when they are few; otherwise one line per kind with counts. */
export function problemLines(problems: readonly Problem[]): string[] {
  if (problems.length <= LIST_EACH_UP_TO) return problems.map(describeProblem);
  const kinds = new Map<string, Kind>();
  for (const problem of problems) {
    const key = kindOf(problem);
    const kind = kinds.get(key);
    if (kind) {
      kind.count += 1;
      if (kind.first.length < FIRST_PATHS) kind.first.push(problem.path);
    } else {
      const [path = '', message = ''] = key.split('\u0000');
      kinds.set(key, { path, message, count: 1, first: [problem.path] });
    }
  }
  const sorted = [...kinds.values()].sort((a, b) => b.count - a.count);
  const lines = sorted.slice(0, MAX_KINDS).map((kind) => {
    const line = describeProblem({ path: kind.path, message: kind.message });
    if (kind.count === 1)
      return describeProblem({ path: kind.first[0] ?? '', message: kind.message });
    const more = kind.count > kind.first.length ? ', …' : '';
    return `${line} (${kind.count.toLocaleString('en')} times: ${kind.first.join(', ')}${more})`;
  });
  const rest = sorted.slice(MAX_KINDS).reduce((sum, kind) => sum + kind.count, 0);
  if (rest > 0) {
    lines.push(
      `and ${rest.toLocaleString('en')} more problems of ${(sorted.length - MAX_KINDS).toLocaleString('en')} other kinds`,
    );
  }
  return lines;
}
