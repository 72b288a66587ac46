/**
 * Says on the page what went wrong and where (ProblemNotices, loaded when there is a problem),
 * and while the story loads, a polite status and, for a big file, its progress.
 */
import { lazy, Suspense } from 'react';
import { useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import { LoadProgress } from './LoadProgress';
import './problems-alert.css';

const ProblemNotices = lazy(() =>
  import('./ProblemNotices').then((module) => ({ default: module.ProblemNotices })),
);

/** The status and problem notices above the map. */
export function ProblemsAlert() {
  const status = useDateline((state) => state.status);
  const anyProblem = useDateline(
    (state) =>
      state.status === 'failed' ||
      (state.status === 'ready' && state.storyProblems.length > 0) ||
      state.linkProblems.length > 0,
  );
  const m = useMessages().app;
  return (
    <>
      {/* The heading already says "Loading story…" on screen; this tells screen readers. */}
      <div role="status" className="visually-hidden">
        {status === 'loading' ? m.loadingStory : ''}
      </div>
      <LoadProgress />
      {anyProblem && (
        <Suspense fallback={null}>
          <ProblemNotices />
        </Suspense>
      )}
    </>
  );
}
