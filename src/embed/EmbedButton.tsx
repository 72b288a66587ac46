/** The masthead's "Embed" button: opens the dialog with the code to paste into an article. */
import { useDateline } from '../state/store-context';
import { useDialogOpener } from '../ui/use-dialog-opener';
import { useMessages } from '../ui/messages-context';
import { LazyEmbedDialog } from './LazyEmbedDialog';

/** An offline briefing opened from a disk has no address an article could point an iframe at. */
export const embeddable = typeof window === 'undefined' || window.location.protocol !== 'file:';

/**
 * "Embed", available once the story has loaded (and not in a briefing opened from a disk).
 * `fold`: its name for the masthead's fold (src/app/header-fold.css).
 */
export function EmbedButton({ fold }: { readonly fold?: string }) {
  const ready = useDateline((state) => state.status === 'ready');
  const { open, show, close, button } = useDialogOpener();
  const m = useMessages().openers;
  if (!embeddable) return null;
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button"
        data-fold={fold}
        aria-haspopup="dialog"
        disabled={!ready}
        onClick={show}
      >
        {m.embed}
      </button>
      {open && <LazyEmbedDialog onClose={close} />}
    </>
  );
}
