/**
 * "Deleted “X”. Undo": stays until dismissed or replaced, so nobody has to race a timer to undo.
 * The live region is always in the page, so screen readers hear each new message.
 */
import { useLayoutEffect, useRef } from 'react';
import { useMessages } from '../ui/messages-context';
import '../i18n/lazy/start';

export interface UndoToastProps {
  readonly message: string | undefined;
  readonly onUndo: () => void;
  readonly onDismiss: () => void;
}

export function UndoToast({ message, onUndo, onDismiss }: UndoToastProps) {
  const undo = useRef<HTMLButtonElement>(null);
  const m = useMessages().start;
  // The deleted row's buttons are going; Undo is the nearest useful place for focus. A layout
  // effect moves it in the commit that shows the toast, with no frame where focus is on the page.
  useLayoutEffect(() => {
    if (message !== undefined) undo.current?.focus();
  }, [message]);
  return (
    <div className="toast-region">
      <div className="toast" data-empty={message === undefined ? 'true' : undefined}>
        <p role="status" className="toast__message">
          {message ?? ''}
        </p>
        {message !== undefined && (
          <>
            <button ref={undo} type="button" className="button" onClick={onUndo}>
              {m.undo}
            </button>
            <button
              type="button"
              className="icon-button toast__dismiss"
              aria-label={m.dismiss}
              onClick={onDismiss}
            >
              <span aria-hidden="true">×</span>
            </button>
          </>
        )}
      </div>
    </div>
  );
}
