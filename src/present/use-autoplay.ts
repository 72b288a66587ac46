/**
 * Autoplay: moves to the next step every few seconds and stops at the last one. Any step taken
 * by hand restarts the wait, so a presenter who steps in never gets a step cut short.
 */
import { useCallback, useEffect, useState } from 'react';
import type { DatelineState } from '../state/store';
import { useDatelineStore } from '../state/store-context';

/** How long each step stays on screen during autoplay. */
export const AUTOPLAY_INTERVAL_MS = 8000;

export interface Autoplay {
  readonly playing: boolean;
  readonly toggle: () => void;
  readonly stop: () => void;
}

const stepCount = (state: DatelineState) => state.story?.steps.length ?? 0;
const atLastStep = (state: DatelineState) =>
  state.stepIndex !== undefined && state.stepIndex >= stepCount(state) - 1;

/** Autoplay for the store in context. */
export function useAutoplay(intervalMs: number = AUTOPLAY_INTERVAL_MS): Autoplay {
  const store = useDatelineStore();
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => store.getState().nextStep(), intervalMs);
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.stepIndex === previous.stepIndex) return;
      if (atLastStep(state)) {
        clearTimeout(timer);
        setPlaying(false);
      } else schedule();
    });
    schedule();
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [playing, store, intervalMs]);

  const toggle = useCallback(() => {
    const state = store.getState();
    if (playing) {
      setPlaying(false);
      return;
    }
    if (stepCount(state) < 2) return;
    // Playing from the last step starts again from the first.
    if (atLastStep(state)) state.goToStep(0);
    setPlaying(true);
  }, [playing, store]);
  const stop = useCallback(() => setPlaying(false), []);
  return { playing, toggle, stop };
}
