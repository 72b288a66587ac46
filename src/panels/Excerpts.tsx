/** The article's own words for an event: verbatim quotes, each credited and one click from the full text. */
import type { Excerpt } from '../story/story';
import { useDateline } from '../state/store-context';
import { ExcerptFigure } from './ExcerptFigure';
import { useMessages } from '../ui/messages-context';

/** The excerpts of one event, as quotations with their sources. */
export function Excerpts({ excerpts }: { excerpts: readonly Excerpt[] }) {
  const sources = useDateline((state) => state.story?.sources);
  const openReader = useDateline((state) => state.openReader);
  const m = useMessages().panels;
  const sourceCount = new Set(excerpts.map((excerpt) => excerpt.source)).size;
  return (
    <section className="details__section" aria-labelledby="details-excerpts">
      <h3 id="details-excerpts" className="details__subhead">
        {sourceCount > 1 ? m.sourcesSay : m.articleSays}
      </h3>
      {excerpts.map((excerpt, index) => {
        const source = sources?.find((candidate) => candidate.id === excerpt.source);
        return (
          <ExcerptFigure
            key={`${excerpt.source}-${index}`}
            excerpt={excerpt}
            source={source}
            className="excerpt"
            quoteClassName="excerpt__quote"
            creditClassName="excerpt__credit"
          >
            {source && (
              <button
                type="button"
                className="text-button excerpt__read"
                onClick={() => openReader({ source: excerpt.source, quote: excerpt.quote })}
              >
                {m.readInArticle}
              </button>
            )}
          </ExcerptFigure>
        );
      })}
    </section>
  );
}
