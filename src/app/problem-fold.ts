/**
 * A broken file can hold hundreds of thousands of problems (a 480 KB file of bad events gave
 * 120,000 rows, which froze the page). Past a few dozen, problems are folded by kind: one line per
 * kind of problem with how often it occurs and the first few places.
 */
import type { ProblemsMessages } from '../i18n/en/problems';
import { englishMessages } from '../i18n/load-messages';
import { withoutValues, type Problem } from '../story/problem';
import '../i18n/lazy/problems';

/** Up to this many problems are listed one per line. */
export const LIST_EACH_UP_TO = 30;
/** Places named on a folded line before "…". */
const FIRST_PATHS = 3;
/** Kinds listed before the rest are only counted. */
const MAX_KINDS = 40;

interface Kind {
  /** The kind's problem, its path with [*] for indices and its values as "…". */
  readonly sample: Problem;
  count: number;
  readonly first: string[];
}

/** "events[12].excerpts[0].quote" → "events[*].excerpts[*].quote"; values → "…". */
function kindOf(problem: Problem): Problem {
  return { ...withoutValues(problem), path: problem.path.replace(/\[\d+\]/g, '[*]') };
}

/** One line per problem when they are few; otherwise one line per kind with counts. */
export function problemLines(
  problems: readonly Problem[],
  m: ProblemsMessages = englishMessages.problems,
): string[] {
  if (problems.length <= LIST_EACH_UP_TO) return problems.map(m.describe);
  const kinds = new Map<string, Kind>();
  for (const problem of problems) {
    const sample = kindOf(problem);
    const key = JSON.stringify(sample);
    const kind = kinds.get(key);
    if (kind) {
      kind.count += 1;
      if (kind.first.length < FIRST_PATHS) kind.first.push(problem.path);
    } else {
      kinds.set(key, { sample, count: 1, first: [problem.path] });
    }
  }
  const sorted = [...kinds.values()].sort((a, b) => b.count - a.count);
  const lines = sorted.slice(0, MAX_KINDS).map((kind) => {
    if (kind.count === 1) return m.describe({ ...kind.sample, path: kind.first[0] ?? '' });
    return m.folded(
      m.describe(kind.sample),
      kind.count,
      kind.first,
      kind.count > kind.first.length,
    );
  });
  const rest = sorted.slice(MAX_KINDS).reduce((sum, kind) => sum + kind.count, 0);
  if (rest > 0) lines.push(m.moreKinds(rest, sorted.length - MAX_KINDS));
  return lines;
}
