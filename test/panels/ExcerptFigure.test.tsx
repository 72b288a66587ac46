import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExcerptFigure } from '../../src/panels/ExcerptFigure';
import { sourceSchema } from '../../src/story/story-schema';

const source = sourceSchema.parse({
  id: 'rferl',
  title: 'Drills near the border',
  publisher: 'Radio Liberty',
  url: 'https://example.org/drills',
  published: '2021-10-18',
  language: 'ru',
  text: 'Учения начались в понедельник.',
});
const excerpt = { source: 'rferl', quote: 'Учения начались в понедельник.' };

describe('ExcerptFigure', () => {
  it('quotes the words in their own language and direction, credited in the caption', () => {
    const { container } = render(
      <ExcerptFigure excerpt={excerpt} source={source} className="excerpt" />,
    );
    const quote = container.querySelector('figure.excerpt > blockquote');
    expect(quote).toHaveTextContent(excerpt.quote);
    expect(quote).toHaveAttribute('lang', 'ru');
    expect(quote).toHaveAttribute('dir', 'auto');
    expect(container.querySelector('figcaption')).toHaveTextContent(
      /Drills near the border.*Radio Liberty/,
    );
  });

  it('links the source only when asked, and adds what comes after the credit inside it', () => {
    const { container, rerender } = render(
      <ExcerptFigure excerpt={excerpt} source={source} className="excerpt" />,
    );
    expect(screen.queryByRole('link')).toBeNull();
    rerender(
      <ExcerptFigure
        excerpt={excerpt}
        source={source}
        className="excerpt"
        linkSource
        afterCredit={<span className="url">{source.url}</span>}
      />,
    );
    expect(screen.getByRole('link')).toHaveAttribute('href', 'https://example.org/drills');
    expect(container.querySelector('figcaption .url')).toHaveTextContent(
      'https://example.org/drills',
    );
  });

  it('credits the source id when the story has no source by that id', () => {
    const { container } = render(
      <ExcerptFigure
        excerpt={excerpt}
        source={undefined}
        className="excerpt"
        creditClassName="credit"
      >
        <button type="button">Read in the article</button>
      </ExcerptFigure>,
    );
    expect(container.querySelector('figcaption.credit')).toHaveTextContent(/^rferl$/);
    expect(container.querySelector('figcaption + button')).toHaveTextContent('Read in the article');
  });
});
