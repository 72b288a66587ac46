/**
 * The state behind a button that opens a dialog: whether it is open, and a close that hands
 * focus back to the button, so a keyboard or screen-reader user lands where they started
 * (WCAG 2.4.3) instead of at the top of the page.
 */
import { useCallback, useRef, useState } from 'react';

export function useDialogOpener() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const show = useCallback(() => setOpen(true), []);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  return { open, show, close, button };
}
