/** What the problems alert says: a headline, then each problem on its own line. */
import type { Problem } from '../story/problem';
import { problemLines } from './problem-fold';

/** A headline and the problems it sums up, one line each. */
export interface ProblemReport {
  readonly headline: string;
  readonly lines: readonly string[];
}

const EVENT_PATH = /^events\[(\d+)\]/;

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** Nothing could be shown: why, and where in the file. */
export function failedReport(problems: readonly Problem[]): ProblemReport {
  return { headline: 'This story could not be shown.', lines: problemLines(problems) };
}

/** The story shows, but some of it was left out: "2 events not shown". */
export function leftOutReport(problems: readonly Problem[]): ProblemReport | undefined {
  if (problems.length === 0) return undefined;
  const events = new Set<string>();
  let others = 0;
  let repaired = 0;
  for (const problem of problems) {
    if (problem.repaired) {
      repaired += 1;
      continue;
    }
    const match = EVENT_PATH.exec(problem.path);
    if (match?.[1] !== undefined) events.add(match[1]);
    else others += 1;
  }
  const parts = [
    events.size > 0 ? `${plural(events.size, 'event', 'events')} not shown` : undefined,
    others > 0
      ? plural(others, 'other problem in the story file', 'other problems in the story file')
      : undefined,
    repaired > 0 ? `${plural(repaired, 'shape', 'shapes')} repaired` : undefined,
  ].filter((part): part is string => part !== undefined);
  return { headline: parts.join('; '), lines: problemLines(problems) };
}

/** Parts of the opening link that were ignored. */
export function linkReport(problems: readonly Problem[]): ProblemReport | undefined {
  if (problems.length === 0) return undefined;
  return { headline: 'Part of this link was ignored', lines: problemLines(problems) };
}
