/** A story's title as a real link (open in a new tab works); a plain click opens it in place. */
import type { MouseEvent, ReactNode } from 'react';

export function StoryLink(props: { href: string; onOpen: () => void; children: ReactNode }) {
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    props.onOpen();
  };
  return (
    <a className="story-card__link" href={props.href} onClick={click} dir="auto">
      {props.children}
    </a>
  );
}
