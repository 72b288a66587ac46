/** The draft's progress while it runs: a progress bar and a polite live line saying the step. */
import { useMessages } from '../ui/messages-context';
import type { DraftRun } from './use-draft-run';
import '../i18n/lazy/draft';

export function DraftProgress({ run }: { run: DraftRun }) {
  const m = useMessages().draft;
  const said =
    run.state === 'running'
      ? m.step(run.step)
      : run.state === 'cancelled'
        ? m.cancelled
        : run.state === 'failed'
          ? m.failed(run.message)
          : '';
  return (
    <div className="draft-dialog__progress">
      {run.state === 'running' && (
        <progress
          className="draft-dialog__bar"
          max={1}
          value={run.fraction}
          aria-label={m.progressLabel}
        />
      )}
      <p role="status" className="draft-dialog__status" data-state={run.state}>
        {said}
      </p>
    </div>
  );
}
