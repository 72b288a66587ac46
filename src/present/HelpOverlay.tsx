/** The list of keys, written from the same actions the keys run (present-keys.ts). */
import { useEffect, useRef } from 'react';
import { helpEntries, type PresentAction } from './present-keys';
import { useMessages } from '../ui/messages-context';
import '../i18n/lazy/present';

interface HelpOverlayProps {
  readonly actions: readonly PresentAction[];
  readonly onClose: () => void;
}

/** A modal list of the presentation's keys; Esc, ? or H closes it. */
export function HelpOverlay({ actions, onClose }: HelpOverlayProps) {
  const closeButton = useRef<HTMLButtonElement>(null);
  const m = useMessages().present;
  const close = useMessages().common.close;
  useEffect(() => {
    // Focus moves into the dialog and goes back where it was when the dialog closes.
    const before = document.activeElement;
    closeButton.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  return (
    <div className="present-overlay" onClick={onClose}>
      <div
        className="present-help"
        role="dialog"
        aria-modal="true"
        aria-labelledby="present-help-title"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          // Modal: Tab stays on the dialog's one control until it is closed.
          if (event.key !== 'Tab') return;
          event.preventDefault();
          closeButton.current?.focus();
        }}
      >
        <div className="present-help__head">
          <h2 id="present-help-title">{m.keys}</h2>
          <button ref={closeButton} type="button" className="present-button" onClick={onClose}>
            {close}
          </button>
        </div>
        <dl className="present-help__list">
          {helpEntries(m.keyNames, actions).map((entry) => (
            <div key={entry.id} className="present-help__entry">
              <dt>
                {entry.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && (
                      <span className="present-help__or">
                        {' '}
                        {entry.join === 'or' ? m.or : m.then}{' '}
                      </span>
                    )}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{m.actions[entry.id]}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
