/**
 * "Draft from an article…": opens the draft dialog, whose code (and the draft's, and the
 * gazetteer's) is fetched only when it is first asked for, so readers never download it.
 */
import { lazy, Suspense } from 'react';
import { useShell } from '../app/shell-context';
import { useMessages } from '../ui/messages-context';
import { useDialogOpener } from '../ui/use-dialog-opener';

const DraftDialog = lazy(() => import('./DraftDialog'));

/**
 * Nothing on a page without a shell (the offline briefing): a draft needs the library. In the
 * masthead it is a quiet text button beside "Your stories"; on the start screen, a button.
 */
export function DraftButton({ quiet = false }: { quiet?: boolean }) {
  const m = useMessages().openers;
  const shell = useShell();
  const { open, show, close, button } = useDialogOpener();
  if (!shell) return null;
  return (
    <>
      <button
        ref={button}
        type="button"
        className={quiet ? 'text-button masthead__draft' : 'button'}
        aria-haspopup="dialog"
        onClick={show}
      >
        {m.draft}
      </button>
      {open && (
        <Suspense fallback={null}>
          <DraftDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
