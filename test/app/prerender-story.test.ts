import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prerenderStory } from '../../src/app/prerender-story';

const text = readFileSync('public/stories/csto-2021.json', 'utf8');

/** The markup's text, as a reader without scripts would read it. */
function readable(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&#x27;', "'")
    .replace(/\s+/g, ' ');
}

describe('the prerendered first view', () => {
  it('carries the title, the summary, the dates and every event of the story', () => {
    const result = prerenderStory('csto-2021', text);
    if (!result.ok) throw new Error(result.message);
    const words = readable(result.html);
    expect(words).toContain(
      'Russia-led drills on the Tajik-Afghan border ahead of Taliban talks in Moscow',
    );
    expect(words).toContain('A Russia-led security bloc began six days of military exercises');
    expect(words).toContain('Events: October 2001 – October 2021');
    expect(words).toContain('19 events');
    expect(words).toContain('Tajikistan refuses to recognise the Taliban government');
  });

  it('draws the map as an empty box rather than waiting for its engine', () => {
    const result = prerenderStory('csto-2021', text);
    if (!result.ok) throw new Error(result.message);
    expect(result.html).toContain('class="map-placeholder"');
    expect(result.html).not.toContain('<template');
  });

  it('writes the kind colours as a stylesheet, since the page allows no inline style', () => {
    const result = prerenderStory('csto-2021', text);
    if (!result.ok) throw new Error(result.message);
    expect(result.css).toMatch(/^:root\{.*--kind-exercise:#D55E00;.*\}/);
  });

  it('says what is wrong with a story that does not parse', () => {
    const result = prerenderStory('broken', '{"title": 3}');
    expect(result.ok).toBe(false);
  });
});
