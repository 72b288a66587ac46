/** "Title, Publisher, 18 October 2021. Citation": how every source is credited in the panels. */
import { formatPublished, formatSourceDate } from './citation-text';
import { ExternalLink } from './ExternalLink';
import { useLocale, useMessages } from '../ui/messages-context';

interface CitationLineProps {
  readonly title: string;
  readonly publisher: string;
  readonly published?: string | undefined;
  /** Linked only when http(s); see safeHref. */
  readonly url?: string | undefined;
  readonly citation?: string | undefined;
  /** A story's own source: a missing date is said to be unknown, not left out. */
  readonly isSource?: boolean;
}

/** One source's credit; the title is a <cite>, linked when its URL is safe. */
export function CitationLine({
  title,
  publisher,
  published,
  url,
  citation,
  isSource = false,
}: CitationLineProps) {
  const m = useMessages().panels;
  const locale = useLocale();
  const date = isSource ? formatSourceDate(published, locale) : formatPublished(published, locale);
  return (
    <>
      <ExternalLink url={url}>
        <cite dir="auto">{title}</cite>
      </ExternalLink>
      {m.citationPart('')}
      <bdi>{publisher}</bdi>
      {date === undefined ? '' : m.citationPart(date)}
      {citation === undefined || citation === '' ? '' : `. ${citation}`}
    </>
  );
}
