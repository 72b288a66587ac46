/** Whether the reader asked for less motion: then the camera jumps instead of flying. */
export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/** How long a camera move takes, in ms: none under reduced motion. */
export function cameraDuration(ms: number): number {
  return prefersReducedMotion() ? 0 : ms;
}
