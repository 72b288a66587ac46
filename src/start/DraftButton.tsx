/**
 * "Draft from an article…": opens the draft dialog, whose code (and the draft's, and the
 * gazetteer's) is fetched only when it is first asked for, so readers never download it.
 */
import { lazy, Suspense, useRef, useState } from 'react';
import { useShell } from '../app/shell-context';
import { useMessages } from '../ui/messages-context';

const DraftDialog = lazy(() => import('./DraftDialog'));

/**
 * Nothing on a page without a shell (the offline briefing): a draft needs the library. In the
 * masthead it is a quiet text button beside "Your stories"; on the start screen, a button.
 */
export function DraftButton({ quiet = false }: { quiet?: boolean }) {
  const m = useMessages().openers;
  const shell = useShell();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (!shell) return null;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className={quiet ? 'text-button masthead__draft' : 'button'}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
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
