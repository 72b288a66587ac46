/** The article's own words for an event: verbatim quotes, each credited and one click from the full text. */
import type { Excerpt } from '../story/story';
import { useDateline } from '../state/store-context';
import { CitationLine } from './CitationLine';
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
          <figure className="excerpt" key={`${excerpt.source}-${index}`}>
            <blockquote className="excerpt__quote" lang={source?.language} dir="auto">
              <p>{excerpt.quote}</p>
            </blockquote>
            <figcaption className="excerpt__credit">
              {source ? (
                <CitationLine
                  title={source.title}
                  publisher={source.publisher}
                  published={source.published}
                  isSource
                />
              ) : (
                excerpt.source
              )}
            </figcaption>
            {source && (
              <button
                type="button"
                className="text-button excerpt__read"
                onClick={() => openReader({ source: excerpt.source, quote: excerpt.quote })}
              >
                {m.readInArticle}
              </button>
            )}
          </figure>
        );
      })}
    </section>
  );
}
