/** "Your stories": back to the start screen from a story, as a real link (a new tab works too). */
import type { MouseEvent } from 'react';
import { useShell } from './shell-context';
import { useMessages } from '../ui/messages-context';

/** Nothing on a page without a shell (the offline briefing). */
export function LibraryLink() {
  const shell = useShell();
  const m = useMessages().app;
  if (!shell) return null;
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    shell.showLibrary();
  };
  return (
    <a className="masthead__home" href={shell.libraryHref} onClick={click}>
      {m.yourStories}
    </a>
  );
}
