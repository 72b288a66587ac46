// Every draft of every article in the development set loads, quotes verbatim and points into
// its text exactly.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../src/draft/draft';
import { parseStory } from '../../src/story/parse-story';
import { storySchema } from '../../src/story/story-schema';
import { gazetteer } from './gazetteer-fixture';

const root = new URL('../../../shared/eval/', import.meta.url);
const articles = ['times', 'places'].flatMap((folder) =>
  readdirSync(new URL(`${folder}/`, root))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => new URL(`${folder}/${name}`, root)),
);

describe('drafts of the development set', () => {
  it('has articles to draft', () => {
    expect(articles.length).toBeGreaterThanOrEqual(20);
  });

  it('loads every draft, quotes verbatim and keeps offsets exact', () => {
    for (const url of articles) {
      const text = readFileSync(url, 'utf8');
      const result = draftArticle(text, gazetteer(), { published: '2010-01-01' });
      const parsed = parseStory(result.story);
      const problems = parsed.ok ? parsed.problems : ['did not load'];
      expect(problems, url.pathname).toEqual([]);
      const story = storySchema.parse(result.story);
      const source = story.sources[0]?.text ?? '';
      for (const event of story.events)
        for (const excerpt of event.excerpts) expect(source).toContain(excerpt.quote);
      for (const m of [...result.annotations.times, ...result.annotations.places])
        expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }, 120_000);
});
