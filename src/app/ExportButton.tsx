/**
 * "Export JSON" downloads the story on screen as its story file; "Export briefing" as a
 * single-file offline briefing (HTML) to carry on a USB stick.
 */
import { useDateline } from '../state/store-context';
import { useShell } from './shell-context';
import { useMessages } from '../ui/messages-context';

/** Shown once the story has loaded, on pages with a shell. */
export function ExportButton() {
  const shell = useShell();
  const ready = useDateline((state) => state.status === 'ready');
  const m = useMessages().app;
  if (!shell) return null;
  return (
    <>
      <button type="button" className="button" disabled={!ready} onClick={shell.exportStory}>
        {m.exportJson}
      </button>
      <button type="button" className="button" disabled={!ready} onClick={shell.exportBriefing}>
        {m.exportBriefing}
      </button>
    </>
  );
}
