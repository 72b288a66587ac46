/**
 * Listens for the presentation's keys on the whole window and runs the matching action from
 * present-keys.ts. Keys meant for something else are left alone: typing in a field, and Space or
 * Enter on a focused button or link, which activate it.
 */
import { useEffect, useRef } from 'react';
import { actionForKey, type PresentAction, type PresentControls } from './present-keys';

const ACTIVATING_KEYS = new Set([' ', 'Enter']);

function typingInto(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select') !== null)
  );
}

function activates(target: EventTarget | null, key: string): boolean {
  return (
    ACTIVATING_KEYS.has(key) &&
    target instanceof HTMLElement &&
    target.closest('button, a[href], summary, [role="button"]') !== null
  );
}

/** Runs `actions` for key presses anywhere in the window, against the latest `controls`. */
export function usePresentationKeys(
  controls: PresentControls,
  actions: readonly PresentAction[],
): void {
  const latest = useRef({ controls, actions });
  useEffect(() => {
    latest.current = { controls, actions };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || typingInto(event.target)) return;
      const current = latest.current;
      // While the screen is blank any key brings it back, even on a focused button.
      if (!current.controls.blank && activates(event.target, event.key)) return;
      const action = actionForKey(event, current.controls, current.actions);
      if (!action) return;
      event.preventDefault();
      action.perform(current.controls, event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
