/**
 * Validation at the field: the problems the story parser found under a path, shown beside the
 * field and tied to it (aria-invalid, aria-describedby), so a screen reader hears them there.
 */
import { useMemo } from 'react';
import { problemsAt } from '../edit/validate-story';
import { useDateline } from '../state/store-context';
import type { Problem } from '../story/problem';
import { useMessages } from '../ui/messages-context';
import '../i18n/lazy/problems';

/** The problems under `path` (all of them when `exact` is false). */
export function useProblemsAt(path: string | undefined, exact = false): Problem[] {
  const problems = useDateline((state) => state.editProblems);
  return useMemo(() => {
    if (path === undefined) return [];
    return exact ? problems.filter((problem) => problem.path === path) : problemsAt(problems, path);
  }, [problems, path, exact]);
}

/** The attributes that tie a field to its problems and hint. */
export function describedBy(
  id: string,
  problems: readonly Problem[],
  hint?: boolean,
): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  const ids = [hint ? `${id}-hint` : undefined, problems.length > 0 ? `${id}-problems` : undefined]
    .filter((item) => item !== undefined)
    .join(' ');
  return {
    ...(problems.length > 0 ? { 'aria-invalid': true } : {}),
    ...(ids === '' ? {} : { 'aria-describedby': ids }),
  };
}

/** The list of problems for a field; nothing when there are none. */
export function FieldProblems({ id, problems }: { id: string; problems: readonly Problem[] }) {
  const m = useMessages().problems;
  if (problems.length === 0) return null;
  return (
    <ul id={`${id}-problems`} className="editor__problems">
      {problems.map((problem, index) => (
        <li key={index}>{m.what(problem)}</li>
      ))}
    </ul>
  );
}
