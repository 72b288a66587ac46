/** The masthead's "Embed" button: opens the dialog with the code to paste into an article. */
import { useRef, useState } from 'react';
import { useDateline } from '../state/store-context';
import { EmbedDialog } from './EmbedDialog';

/** "Embed", available once the story has loaded. */
export function EmbedButton() {
  const ready = useDateline((state) => state.status === 'ready');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="dialog"
        disabled={!ready}
        onClick={() => setOpen(true)}
      >
        Embed
      </button>
      {open && <EmbedDialog onClose={close} />}
    </>
  );
}
