/**
 * The full text of a source in a modal dialog, with the quoted passage marked, scrolled to and
 * focused, so a reader can check an excerpt in its context. Escape, the Close button or a click
 * on the backdrop close it, and focus goes back to the button that opened it.
 */
import { useEffect, useMemo, useRef, useState, type MouseEvent, type KeyboardEvent } from 'react';
import type { Source } from '../story/story';
import { useDateline } from '../state/store-context';
import { formatSourceDate } from './citation-text';
import { ExternalLink } from './ExternalLink';
import { highlightPassage } from './highlight-passage';
import { FIRST_REACH, passageWindow } from './passage-window';
import { prefersReducedMotion } from './reduced-motion';
import { safeHref } from './safe-href';
import './article-reader.css';
import { useLocale, useMessages } from '../ui/messages-context';

/** The reader dialog; nothing while no passage is asked for. */
export function ArticleReader() {
  const quote = useDateline((state) => state.reader?.quote);
  const source = useDateline((state) =>
    state.reader
      ? state.story?.sources.find((item) => item.id === state.reader?.source)
      : undefined,
  );
  if (quote === undefined || source === undefined) return null;
  return <ReaderDialog key={`${source.id}\u0000${quote}`} source={source} quote={quote} />;
}

function ReaderDialog({ source, quote }: { source: Source; quote: string }) {
  const closeReader = useDateline((state) => state.closeReader);
  const dialog = useRef<HTMLDialogElement>(null);
  const mark = useRef<HTMLElement>(null);
  // Only the text around the passage is rendered; each "Show more" doubles how far it reaches.
  const [reach, setReach] = useState(FIRST_REACH);
  const m = useMessages().panels;
  const close = useMessages().common.close;
  const shown = useMemo(() => passageWindow(source.text, quote, reach), [source, quote, reach]);
  const { paragraphs, found } = useMemo(() => highlightPassage(shown.text, quote), [shown, quote]);
  const showMore = (
    <button type="button" className="button reader__more" onClick={() => setReach(reach * 2)}>
      {m.showMoreArticle}
    </button>
  );

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof element.showModal === 'function') {
      if (!element.open) element.showModal();
    } else {
      // Browsers without modal dialogs (and jsdom) still get an open, labelled dialog.
      element.setAttribute('open', '');
    }
    const passage = mark.current;
    if (passage) {
      passage.focus({ preventScroll: true });
      passage.scrollIntoView?.({
        block: 'center',
        behavior: prefersReducedMotion() ? 'auto' : 'smooth',
      });
    }
    return () => {
      if (typeof element.close === 'function' && element.open) element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      closeReader();
    }
  };
  const onBackdropClick = (event: MouseEvent<HTMLDialogElement>) => {
    // The dialog's own box is covered by its content; a click on the dialog itself is the backdrop.
    if (event.target === event.currentTarget) closeReader();
  };

  const first = firstMarked(paragraphs);
  return (
    <dialog
      ref={dialog}
      className="dialog reader"
      aria-labelledby="reader-title"
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        closeReader();
      }}
      onClick={onBackdropClick}
    >
      <div className="reader__frame">
        <header className="reader__head">
          <div className="reader__heading">
            <p className="reader__kicker">{m.theArticle}</p>
            <h2 id="reader-title" className="reader__title" dir="auto">
              {source.title}
            </h2>
          </div>
          <button type="button" className="button reader__close" onClick={closeReader}>
            {close}
          </button>
        </header>
        {/* Focusable, so the keyboard can scroll the text from anywhere in it. */}
        <div className="reader__body" role="region" aria-label={m.articleText} tabIndex={0}>
          {/* The credit scrolls with the text so the heading, which stays, is short on a phone. */}
          <div className="reader__source">
            <ReaderCredit source={source} />
          </div>
          {/* Provenance (a translation, a cleaned copy) comes before the text, and can be long. */}
          {source.note !== undefined && source.note !== '' && (
            <p className="reader__note">
              <span className="reader__note-label">{m.aboutText}</span>
              <span dir="auto">{source.note}</span>
            </p>
          )}
          {!found && (
            <p className="reader__missing" role="note">
              {m.passageMissing}
            </p>
          )}
          {shown.cutBefore && showMore}
          {paragraphs.map((segments, index) => (
            <p key={index} lang={source.language} dir="auto">
              {segments.map((segment, part) => {
                if (!segment.marked) return <span key={part}>{segment.text}</span>;
                const isFirst = first?.paragraph === index && first.segment === part;
                return (
                  <mark
                    key={part}
                    ref={isFirst ? mark : undefined}
                    tabIndex={isFirst ? -1 : undefined}
                    className="reader__mark"
                  >
                    {segment.text}
                  </mark>
                );
              })}
            </p>
          ))}
          {shown.cutAfter && showMore}
        </div>
      </div>
    </dialog>
  );
}

/** Publisher, date and a link to the original. */
function ReaderCredit({ source }: { source: Source }) {
  const m = useMessages().panels;
  const locale = useLocale();
  return (
    <p className="reader__credit">
      <bdi>{source.publisher}</bdi>
      {m.citationPart(formatSourceDate(source.published, locale))}
      {safeHref(source.url) !== undefined && (
        <>
          {' · '}
          <ExternalLink url={source.url}>{m.originalArticle}</ExternalLink>
        </>
      )}
    </p>
  );
}

/** Where the marked passage starts: the element that is scrolled to and focused. */
function firstMarked(paragraphs: ReturnType<typeof highlightPassage>['paragraphs']) {
  for (const [paragraph, segments] of paragraphs.entries()) {
    const segment = segments.findIndex((item) => item.marked);
    if (segment >= 0) return { paragraph, segment };
  }
  return undefined;
}
