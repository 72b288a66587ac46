/**
 * "Export JSON" downloads the story on screen as its story file; "Export briefing" as a
 * single-file offline briefing (HTML) to carry on a USB stick.
 */
import { useDateline } from '../state/store-context';
import { useShell } from './shell-context';

/** Shown once the story has loaded, on pages with a shell. */
export function ExportButton() {
  const shell = useShell();
  const ready = useDateline((state) => state.status === 'ready');
  if (!shell) return null;
  return (
    <>
      <button type="button" className="button" disabled={!ready} onClick={shell.exportStory}>
        Export JSON
      </button>
      <button type="button" className="button" disabled={!ready} onClick={shell.exportBriefing}>
        Export briefing
      </button>
    </>
  );
}
