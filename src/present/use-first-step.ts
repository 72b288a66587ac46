/** Starts a presentation at step 1 once the story is ready, unless the link named a step. */
import { useEffect } from 'react';
import { useDateline, useDatelineStore } from '../state/store-context';

/** Takes the first step when the story is ready and no step has been taken. */
export function useFirstStep(): void {
  const store = useDatelineStore();
  const waiting = useDateline(
    (state) =>
      state.status === 'ready' &&
      state.stepIndex === undefined &&
      (state.story?.steps.length ?? 0) > 0,
  );
  useEffect(() => {
    if (waiting) store.getState().goToStep(0);
  }, [waiting, store]);
}
