/**
 * The shipped story as format 2 (as shipped) and as the format 1 file it was before conversion
 * (the same file without its map block, numbered 1): both load, to the same events.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/story/parse-story';
import { storySchema } from '../../src/story/story-schema';
import { storySchemaV1 } from '../../src/story/story-schema-v1';

const shipped: Record<string, unknown> = JSON.parse(
  readFileSync('public/stories/csto-2021.json', 'utf8'),
);
const { map: _map, ...withoutMap } = shipped;
const asVersion1 = { ...withoutMap, format: 1 };

describe('the shipped story', () => {
  it('is a valid format 2 file', () => {
    expect(shipped.format).toBe(2);
    expect(storySchema.safeParse(shipped).success).toBe(true);
  });

  it('was a valid format 1 file before conversion', () => {
    expect(storySchemaV1.safeParse(asVersion1).success).toBe(true);
  });

  it('loads as format 1 and as format 2 without a problem, to the same events and steps', () => {
    const one = parseStory(asVersion1);
    const two = parseStory(shipped);
    expect(one.problems).toEqual([]);
    expect(two.problems).toEqual([]);
    if (!one.ok || !two.ok) throw new Error('does not load');
    expect(two.story.events).toEqual(one.story.events);
    expect(two.story.steps).toEqual(one.story.steps);
    expect(two.story.kinds).toEqual([]);
  });

  it('names its focus countries, its border and its opening view in the file', () => {
    const result = parseStory(shipped);
    expect(result.ok && result.story.map).toEqual({
      view: { center: [67.75, 35.76], zoom: 3.6 },
      focusCountries: ['TJ', 'AF'],
      borders: [{ countries: ['TJ', 'AF'], label: 'Tajik–Afghan border (Panj river)' }],
    });
  });
});
