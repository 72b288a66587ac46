/** A value that follows another once it has stopped changing for a while. */
import { useEffect, useState } from 'react';

/** `value` itself when `delayMs` is 0; otherwise its latest value once unchanged for `delayMs`. */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (delayMs === 0) return undefined;
    const timer = setTimeout(() => setSettled(() => value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return delayMs === 0 ? value : settled;
}
