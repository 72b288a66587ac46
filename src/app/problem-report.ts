/** What the problems alert says: a headline, then each problem on its own line. */
import { englishMessages } from '../i18n/load-messages';
import type { Messages } from '../i18n/messages';
import type { Problem } from '../story/problem';
import { problemLines } from './problem-fold';
import '../i18n/lazy/problems';

/** A headline and the problems it sums up, one line each. */
export interface ProblemReport {
  readonly headline: string;
  readonly lines: readonly string[];
}

/** The catalogue's areas a report speaks from. */
type Words = Pick<Messages, 'app' | 'problems'>;

const EVENT_PATH = /^events\[(\d+)\]/;

/** Nothing could be shown: why, and where in the file. */
export function failedReport(
  problems: readonly Problem[],
  words: Words = englishMessages,
): ProblemReport {
  return { headline: words.app.failedHeadline, lines: problemLines(problems, words.problems) };
}

/** The story shows, but some of it was left out: "2 events not shown". */
export function leftOutReport(
  problems: readonly Problem[],
  words: Words = englishMessages,
): ProblemReport | undefined {
  if (problems.length === 0) return undefined;
  const m = words.app;
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
    events.size > 0 ? m.eventsNotShown(events.size) : undefined,
    others > 0 ? m.otherProblems(others) : undefined,
    repaired > 0 ? m.shapesRepaired(repaired) : undefined,
  ].filter((part): part is string => part !== undefined);
  return { headline: m.headlineParts(parts), lines: problemLines(problems, words.problems) };
}

/** Parts of the opening link that were ignored. */
export function linkReport(
  problems: readonly Problem[],
  words: Words = englishMessages,
): ProblemReport | undefined {
  if (problems.length === 0) return undefined;
  return { headline: words.app.linkIgnored, lines: problemLines(problems, words.problems) };
}
