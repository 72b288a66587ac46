/**
 * Playback: while the store says `playing`, the window's end (the playhead) steps forward
 * through the visible axis, revealing events cumulatively, and stops at the axis's end.
 * Under prefers-reduced-motion the steps are fewer and slower, so nothing glides.
 */
import { useEffect } from 'react';
import { useDateline, useDatelineStore } from '../state/store-context';
import { playAdvance, playStart, playStepMs, playStop } from '../time/window-steps';
import { changeWindow } from './timeline-actions';

/** Steps across the axis and the pause between them (ms), normal and reduced motion. */
const NORMAL = { steps: 120, delay: 120 };
const REDUCED = { steps: 12, delay: 1000 };

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Runs playback for the store in context; mount once, in the timeline. */
export function usePlayback(): void {
  const store = useDatelineStore();
  const playing = useDateline((state) => state.playing);

  useEffect(() => {
    if (!playing) return undefined;
    const pace = prefersReducedMotion() ? REDUCED : NORMAL;
    const first = store.getState();
    if (!first.story) {
      first.setPlaying(false);
      return undefined;
    }
    changeWindow(store, playStart(first.window, first.axis, first.story.span));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const state = store.getState();
      if (!state.story || !state.playing) return;
      const step = playStepMs(state.axis, pace.steps);
      const { window, done } = playAdvance(
        state.window,
        step,
        playStop(state.axis, state.story.span),
      );
      changeWindow(store, window);
      if (done) state.setPlaying(false);
      else timer = setTimeout(tick, pace.delay);
    };
    timer = setTimeout(tick, pace.delay);
    return () => clearTimeout(timer);
  }, [playing, store]);
}
