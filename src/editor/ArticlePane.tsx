/**
 * The article beside the form, to take excerpts from: a person selects a passage and adds it.
 * The quote is cut from the source's own text by the selection's offsets (each paragraph knows
 * where it starts), never from what the browser copies, so it is verbatim by construction.
 */
import { useEffect, useRef } from 'react';
import type { Source } from '../story/story-schema';
import { useMessages } from '../ui/messages-context';
import '../i18n/lazy/editor';

export interface Selected {
  readonly source: string;
  readonly quote: string;
}

/** Paragraphs and where each starts in the text. */
export function paragraphsOf(text: string): { start: number; text: string }[] {
  const paragraphs: { start: number; text: string }[] = [];
  const pattern = /\n\s*\n/g;
  let start = 0;
  for (const match of text.matchAll(pattern)) {
    paragraphs.push({ start, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  paragraphs.push({ start, text: text.slice(start) });
  return paragraphs.filter((paragraph) => paragraph.text.trim() !== '');
}

export function ArticlePane({
  source,
  onSelect,
}: {
  source: Source;
  onSelect: (selected: Selected | undefined) => void;
}) {
  const m = useMessages();
  const pane = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const read = () => {
      const element = pane.current;
      const selection = document.getSelection();
      if (!element || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
      const range = selection.getRangeAt(0);
      if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return;
      const from = offsetIn(range.startContainer, range.startOffset);
      const to = offsetIn(range.endContainer, range.endOffset);
      if (from === undefined || to === undefined || to <= from) return;
      const raw = source.text.slice(from, to);
      const quote = raw.trim();
      onSelect(quote === '' ? undefined : { source: source.id, quote });
    };
    document.addEventListener('selectionchange', read);
    return () => document.removeEventListener('selectionchange', read);
  }, [source, onSelect]);
  return (
    <section className="editor__article" aria-labelledby="editor-article-title">
      <h3 id="editor-article-title">{m.editor.article}</h3>
      {/* Focusable, so the keyboard can scroll it and select in it (caret browsing). */}
      <div
        ref={pane}
        className="editor__article-text"
        role="region"
        aria-label={source.title}
        tabIndex={0}
      >
        {paragraphsOf(source.text).map((paragraph) => (
          <p key={paragraph.start} data-start={paragraph.start} lang={source.language}>
            {paragraph.text}
          </p>
        ))}
      </div>
    </section>
  );
}

/** Where a DOM position falls in the source text: its paragraph's start plus the offset. */
function offsetIn(node: Node, offset: number): number | undefined {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest('[data-start]');
  if (!paragraph) return undefined;
  const start = Number(paragraph.getAttribute('data-start'));
  if (!Number.isFinite(start)) return undefined;
  // A text node's offset counts characters; an element's counts children (0 or past the text).
  if (node.nodeType === Node.TEXT_NODE) return start + offset;
  return start + (offset === 0 ? 0 : (paragraph.textContent ?? '').length);
}
