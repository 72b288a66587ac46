/**
 * "Export JSON" downloads the story on screen as its story file; "Export briefing" as a
 * single-file offline briefing (HTML) to carry on a USB stick. Each folds into the header's More
 * menu on its own (header-fold.css), the briefing first.
 */
import { useDateline } from '../state/store-context';
import type { FoldableAction } from './header-fold';
import { useShell } from './shell-context';
import { useMessages } from '../ui/messages-context';

/** Shown once the story has loaded, on pages with a shell. */
export function ExportButton() {
  const shell = useShell();
  const ready = useDateline((state) => state.status === 'ready');
  const m = useMessages().app;
  if (!shell) return null;
  const exports: readonly { fold: FoldableAction; label: string; run: () => void }[] = [
    { fold: 'export-json', label: m.exportJson, run: shell.exportStory },
    { fold: 'export-briefing', label: m.exportBriefing, run: shell.exportBriefing },
  ];
  return exports.map((item) => (
    <button
      key={item.fold}
      type="button"
      className="button"
      data-fold={item.fold}
      disabled={!ready}
      onClick={item.run}
    >
      {item.label}
    </button>
  ));
}
