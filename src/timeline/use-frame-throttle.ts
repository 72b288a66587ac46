/**
 * Coalesces rapid input (pointer moves, wheel) into at most one store update per animation
 * frame: the last value of the frame wins.
 */
import { useCallback, useEffect, useRef } from 'react';

/** What a throttled updater offers: queue a value, or apply the queued one now. */
export interface FrameThrottle<T> {
  readonly schedule: (value: T) => void;
  readonly flush: () => void;
}

/** Wraps `apply` so it runs at most once per frame with the latest scheduled value. */
export function useFrameThrottle<T>(apply: (value: T) => void): FrameThrottle<T> {
  const applyRef = useRef(apply);
  const pending = useRef<{ value: T } | undefined>(undefined);
  const frame = useRef<number | undefined>(undefined);

  useEffect(() => {
    applyRef.current = apply;
  }, [apply]);

  const flush = useCallback(() => {
    if (frame.current !== undefined) cancelAnimationFrame(frame.current);
    frame.current = undefined;
    const queued = pending.current;
    pending.current = undefined;
    if (queued) applyRef.current(queued.value);
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      frame.current ??= requestAnimationFrame(flush);
    },
    [flush],
  );

  useEffect(
    () => () => {
      if (frame.current !== undefined) cancelAnimationFrame(frame.current);
    },
    [],
  );

  return { schedule, flush };
}
