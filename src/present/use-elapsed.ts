/** The presenter's clock: time since the presentation began, ticking each second. */
import { useCallback, useEffect, useState } from 'react';

/** "4:05", or "1:02:03" past the hour. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** Milliseconds since mount (or the last restart), and a restart. */
export function useElapsed(): { elapsed: number; restart: () => void } {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const restart = useCallback(() => {
    const time = Date.now();
    setStart(time);
    setNow(time);
  }, []);
  return { elapsed: now - start, restart };
}
