/** Facts from outside the article that help read an event, each with where it comes from. */
import type { ContextFact } from '../story/story';
import { CitationLine } from './CitationLine';
import { useMessages } from '../ui/messages-context';

/** "From other sources": nothing when the event has none. */
export function ContextFacts({ facts }: { facts: readonly ContextFact[] }) {
  const m = useMessages().panels;
  if (facts.length === 0) return null;
  return (
    <section className="details__section" aria-labelledby="details-context">
      <h3 id="details-context" className="details__subhead">
        {m.fromOtherSources}
      </h3>
      <ul className="context">
        {facts.map((fact, index) => (
          <li className="context__fact" key={index}>
            <p className="context__text" dir="auto">
              {fact.text}
            </p>
            <p className="context__source">
              <CitationLine
                title={fact.source.title}
                publisher={fact.source.publisher}
                published={fact.source.published}
                url={fact.source.url}
                citation={fact.source.citation}
              />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
