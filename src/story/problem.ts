/** Something wrong in an input, said with where it is: "events[1].time.start is not a date". */
export interface Problem {
  /** Where, in the input's own terms: "events[1].time.start", or "" for the whole input. */
  readonly path: string;
  readonly message: string;
  /** The loader fixed it (e.g. closed an open polygon ring): a note, nothing was left out. */
  readonly repaired?: boolean | undefined;
}

/** Writes a path array as people read it: ["events", 1, "time"] → "events[1].time". */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

/** One line for a person: the path, then what is wrong with it. */
export function describeProblem(problem: Problem): string {
  if (problem.path === '') return problem.message;
  const reads = /^(is|are|must|cannot|has|does|needs|names|should|repeats)\b/.test(problem.message);
  return reads ? `${problem.path} ${problem.message}` : `${problem.path}: ${problem.message}`;
}

/** Problems from a zod error, with paths under a prefix. */
export function problemsFromIssues(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
  prefix: ReadonlyArray<PropertyKey> = [],
): Problem[] {
  return issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
}
