/** The width of an element in CSS px, kept current by a ResizeObserver (0 until laid out). */
import { useCallback, useState } from 'react';

/** Returns a callback ref to attach, and the element's current content width. */
export function useElementWidth(): [
  (element: HTMLElement | null) => (() => void) | undefined,
  number,
] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    setWidth(element.clientWidth);
    // jsdom and very old browsers have no ResizeObserver: the first measurement stands.
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const next = entries[0]?.contentRect.width;
      if (next !== undefined) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
