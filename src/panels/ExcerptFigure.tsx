/**
 * One verbatim quote with its source's credit: the same figure in the details panel, on a
 * presentation's card and in its printed handout, each dressed by its own classes.
 */
import type { ReactNode } from 'react';
import type { Excerpt, Source } from '../story/story';
import { CitationLine } from './CitationLine';

interface ExcerptFigureProps {
  readonly excerpt: Excerpt;
  /** The story's source the quote is from; without one, the credit is the excerpt's source id. */
  readonly source: Source | undefined;
  readonly className: string;
  readonly quoteClassName?: string | undefined;
  readonly creditClassName?: string | undefined;
  /** The credit's title links the source's URL (when http(s); CitationLine). */
  readonly linkSource?: boolean;
  /** Said after the credit, inside it (a printed page writes the URL out). */
  readonly afterCredit?: ReactNode;
  /** After the credit, in the figure (the panel's way into the full article). */
  readonly children?: ReactNode;
}

/** The quote as a blockquote in its own language and direction, and its credit as the caption. */
export function ExcerptFigure({
  excerpt,
  source,
  className,
  quoteClassName,
  creditClassName,
  linkSource = false,
  afterCredit,
  children,
}: ExcerptFigureProps) {
  return (
    <figure className={className}>
      <blockquote className={quoteClassName} lang={source?.language} dir="auto">
        <p>{excerpt.quote}</p>
      </blockquote>
      <figcaption className={creditClassName}>
        {source ? (
          <CitationLine
            title={source.title}
            publisher={source.publisher}
            published={source.published}
            url={linkSource ? source.url : undefined}
            isSource
          />
        ) : (
          excerpt.source
        )}
        {afterCredit}
      </figcaption>
      {children}
    </figure>
  );
}
