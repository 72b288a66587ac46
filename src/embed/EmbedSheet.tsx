/**
 * The embed's details as a sheet: a bar under the map names the selected event (or the story)
 * and opens the sheet over the map, with the event's excerpts and sources and the Events list.
 * Closed, the sheet is hidden from the eye but not from screen readers, and a keyboard user who
 * tabs into it opens it. Escape closes it and puts focus back on the bar.
 */
import { useId, useRef, type KeyboardEvent } from 'react';
import { Credits } from '../app/Credits';
import { PartBoundary } from '../app/PartBoundary';
import { EventDetails } from '../panels/EventDetails';
import { EventList } from '../panels/EventList';
import { linkState } from '../state/link-state';
import { selectSelectedEvent, selectStoryTitle } from '../state/selectors';
import { useDateline } from '../state/store-context';
import type { UrlState } from '../state/url-state';
import { fullStoryUrl } from './embed-code';
import { useMessages } from '../ui/messages-context';
import '../i18n/lazy/embed';

/** Where the build's prerendered embed page (embed.html) is taken to be: links are made relative. */
const BUILD_PAGE = 'https://build.invalid/';

/** The app at the same view: this page without its query (embed.html's is the app's folder). */
function fullStoryHref(link: UrlState): string {
  // No window while the build prerenders the embed's first view: a link relative to the page.
  if (typeof window === 'undefined')
    return `./${fullStoryUrl(BUILD_PAGE, link).slice(BUILD_PAGE.length)}`;
  const page = window.location.pathname.replace(/\/embed\.html$/, '/');
  return fullStoryUrl(`${window.location.origin}${page}`, link);
}

export interface EmbedSheetProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}

/** The bar with the sheet's toggle and the full-story link, then the sheet itself. */
export function EmbedSheet({ open, onOpenChange }: EmbedSheetProps) {
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const selected = useDateline((state) => selectSelectedEvent(state)?.title);
  const title = useDateline(selectStoryTitle);
  const failed = useDateline((state) => state.status === 'failed');
  const fullStory = useDateline((state) => fullStoryHref(linkState(state)));
  const messages = useMessages();
  const m = messages.embed;
  const app = messages.app;
  const label = selected ?? title ?? (failed ? app.storyNotAvailable : app.loadingStory);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    onOpenChange(false);
    toggle.current?.focus();
  };

  return (
    <>
      <div className="embed-sheet__bar">
        <button
          ref={toggle}
          type="button"
          className="embed-sheet__toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => onOpenChange(!open)}
        >
          <span className="embed__chevron" aria-hidden="true" />
          <span className="visually-hidden">{m.details}</span>{' '}
          <span className="embed-sheet__label" dir="auto">
            {label}
          </span>
        </button>
        <a className="embed-sheet__full" href={fullStory} target="_blank" rel="noopener">
          <span className="embed-sheet__full-text">{m.openFull}</span>
          <span aria-hidden="true"> ↗</span>
          <span className="visually-hidden">{messages.panels.opensNewTab}</span>
        </a>
      </div>
      <section
        id={panelId}
        className="embed-sheet__panel"
        aria-label={m.detailsAndEvents}
        data-open={open ? 'true' : undefined}
        onFocus={() => {
          if (!open) onOpenChange(true);
        }}
        onKeyDown={onKeyDown}
      >
        <PartBoundary name={app.partDetails}>
          <EventDetails />
        </PartBoundary>
        <PartBoundary name={app.partList}>
          <EventList />
        </PartBoundary>
        <Credits />
      </section>
    </>
  );
}
