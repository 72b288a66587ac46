/** Full screen for the whole page, where the browser allows it. */
import { useCallback, useEffect, useState } from 'react';

/** Whether this document may go full screen at all (not in some iframes and older browsers). */
function fullscreenAvailable(): boolean {
  return (
    typeof document !== 'undefined' &&
    document.fullscreenEnabled === true &&
    typeof document.documentElement.requestFullscreen === 'function'
  );
}

export interface Fullscreen {
  readonly available: boolean;
  readonly active: boolean;
  readonly toggle: () => void;
}

/** Tracks and toggles full screen; does nothing where it is not available. */
export function useFullscreen(): Fullscreen {
  const [available] = useState(fullscreenAvailable);
  // No document while the build prerenders the presentation's first view.
  const [active, setActive] = useState(
    () => typeof document !== 'undefined' && document.fullscreenElement != null,
  );
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement != null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = useCallback(() => {
    if (!fullscreenAvailable()) return;
    // A refusal (no user gesture, a policy) leaves the page as it was: nothing to recover.
    const ignore = () => undefined;
    if (document.fullscreenElement != null) void document.exitFullscreen().catch(ignore);
    else void document.documentElement.requestFullscreen().catch(ignore);
  }, []);
  return { available, active, toggle };
}
