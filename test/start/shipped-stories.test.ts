import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED_STORIES } from '../../src/start/shipped-stories';

const DIR = 'public/stories';

describe('the start screen’s list of shipped stories', () => {
  it('names every story file that ships, and only those', () => {
    const files = readdirSync(DIR)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.replace(/\.json$/, ''))
      .sort();
    expect(SHIPPED_STORIES.map((story) => story.id).sort()).toEqual(files);
  });

  it('gives each story the title and event count its file has', () => {
    for (const story of SHIPPED_STORIES) {
      const file = JSON.parse(readFileSync(`${DIR}/${story.id}.json`, 'utf8'));
      expect({ title: story.title, events: story.eventCount }).toEqual({
        title: file.title,
        events: file.events.length,
      });
    }
  });
});
