/**
 * One way to run a modal <dialog>: opened with showModal (the page behind is inert, focus stays
 * inside), closed by Escape, a Close button or a click on the backdrop, and closed before it
 * unmounts so that focus can go back to what opened it. Browsers without modal dialogs (and
 * jsdom) still get an open, labelled dialog.
 */
import {
  useCallback,
  useEffect,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
  type SyntheticEvent,
} from 'react';

/** Props to spread on the <dialog>, and `close` for its buttons. */
export function useModalDialog(onClose: () => void, initialFocus?: RefObject<HTMLElement | null>) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    if (typeof element.showModal === 'function') {
      if (!element.open) element.showModal();
    } else {
      element.setAttribute('open', '');
    }
    initialFocus?.current?.focus();
    return () => {
      if (typeof element.close === 'function' && element.open) element.close();
    };
    // Opened once, as it mounts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const close = useCallback(() => {
    const element = ref.current;
    if (element && typeof element.close === 'function' && element.open) element.close();
    onClose();
  }, [onClose]);

  const dialogProps = {
    ref,
    onKeyDown: (event: KeyboardEvent<HTMLDialogElement>) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    },
    onCancel: (event: SyntheticEvent<HTMLDialogElement>) => {
      event.preventDefault();
      close();
    },
    onClick: (event: MouseEvent<HTMLDialogElement>) => {
      // The dialog's own box is covered by its content; a click on the dialog itself is the backdrop.
      if (event.target === event.currentTarget) close();
    },
  };
  return { dialogProps, close };
}
