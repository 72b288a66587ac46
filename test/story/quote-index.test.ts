import { describe, expect, it } from 'vitest';
import { quoteFinder } from '../../src/story/quote-index';

/** Prose-like text: numbered sentences from a small vocabulary, with some non-Latin letters. */
function prose(length: number, seed = 5): string {
  const words = ['troops', 'border', 'exercise', 'minister', 'said', 'Душанбе', 'talks', '—', 'on'];
  let state = seed;
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  let text = '';
  for (let sentence = 0; text.length < length; sentence += 1) {
    text += `${sentence}. `;
    for (let word = 0; word < 12; word += 1) {
      text += `${words[Math.floor(random() * words.length)]} `;
    }
    text += '\n\n';
  }
  return text;
}

describe('quoteFinder', () => {
  it('answers exactly as a plain search would, for quotes present and absent', () => {
    const text = prose(50_000);
    const find = quoteFinder(text);
    let state = 11;
    const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let index = 0; index < 2_000; index += 1) {
      const at = Math.floor(random() * (text.length - 200));
      const length = 1 + Math.floor(random() * 150);
      const present = text.slice(at, at + length);
      const absent = `${present.slice(0, -1)}#`;
      expect(find(present)).toBe(true);
      expect(find(absent)).toBe(text.includes(absent));
    }
  });

  it('finds quotes at the very start and end of the text', () => {
    const text = prose(10_000);
    const find = quoteFinder(text);
    for (let index = 0; index < 20; index += 1) find('not there at all, not at all');
    expect(find(text.slice(0, 40))).toBe(true);
    expect(find(text.slice(-40))).toBe(true);
    expect(find(text)).toBe(true);
  });
});
