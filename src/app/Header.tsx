/** The masthead: the story's title, the article it comes from, and the dates it covers. */
import { useMemo } from 'react';
import { selectEvents, selectStoryTitle } from '../state/selectors';
import { useDateline } from '../state/store-context';
import { formatSourceDate } from '../panels/citation-text';
import { ExternalLink } from '../panels/ExternalLink';
import { DraftButton } from '../start/DraftButton';
import { HeaderActions } from './HeaderActions';
import { LibraryLink } from './LibraryLink';
import { storyDateRange } from './story-dates';
import { useLocale, useMessages } from '../ui/messages-context';

/** Title, source and date range of the story on screen. */
export function Header() {
  const title = useDateline(selectStoryTitle);
  const status = useDateline((state) => state.status);
  const source = useDateline((state) => state.story?.sources[0]);
  const events = useDateline(selectEvents);
  const m = useMessages().app;
  const locale = useLocale();
  const range = useMemo(() => storyDateRange(events, locale), [events, locale]);
  const published = source ? formatSourceDate(source.published, locale) : undefined;
  return (
    <header className="masthead">
      <div className="masthead__top">
        <div className="masthead__start">
          <p className="masthead__brand">Dateline</p>
          <LibraryLink />
          <DraftButton quiet />
        </div>
        <HeaderActions />
      </div>
      <h1 className="masthead__title" dir="auto">
        {title ?? (status === 'failed' ? m.storyNotAvailable : m.loadingStory)}
      </h1>
      {source && (
        <p className="masthead__meta">
          <span>
            <span className="masthead__label">{m.sourceLabel}</span>
            <ExternalLink url={source.url}>
              <bdi>{source.publisher}</bdi>
            </ExternalLink>
            {published === undefined ? '' : m.published(published)}
          </span>
          {range !== undefined && (
            <span>
              <span className="masthead__label">{m.eventsLabel}</span>
              {range}
            </span>
          )}
        </p>
      )}
    </header>
  );
}
