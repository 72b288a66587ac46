import { describe, expect, it } from 'vitest';
import { highlightPassage } from '../../src/panels/highlight-passage';

const TEXT =
  'First paragraph here.\n\nTroops began drills on Monday. They end Saturday.\n\nLast one.';

describe('highlightPassage', () => {
  it('splits the text into paragraphs on blank lines', () => {
    const { paragraphs } = highlightPassage(TEXT, 'Last one.');
    expect(paragraphs.map((segments) => segments.map((s) => s.text).join(''))).toEqual([
      'First paragraph here.',
      'Troops began drills on Monday. They end Saturday.',
      'Last one.',
    ]);
  });

  it('marks the quote as [before, match, after] in its paragraph', () => {
    const { paragraphs, found } = highlightPassage(TEXT, 'drills on Monday.');
    expect(found).toBe(true);
    expect(paragraphs[1]).toEqual([
      { text: 'Troops began ', marked: false },
      { text: 'drills on Monday.', marked: true },
      { text: ' They end Saturday.', marked: false },
    ]);
  });

  it('leaves other paragraphs unmarked', () => {
    const { paragraphs } = highlightPassage(TEXT, 'drills on Monday.');
    expect(paragraphs[0]).toEqual([{ text: 'First paragraph here.', marked: false }]);
  });

  it('marks only the first occurrence', () => {
    const { paragraphs } = highlightPassage('a b a', 'a');
    expect(paragraphs[0]).toEqual([
      { text: 'a', marked: true },
      { text: ' b a', marked: false },
    ]);
  });

  it('marks a quote that runs across a paragraph break in both paragraphs', () => {
    const { paragraphs } = highlightPassage(TEXT, 'here.\n\nTroops began');
    expect(paragraphs[0]).toEqual([
      { text: 'First paragraph ', marked: false },
      { text: 'here.', marked: true },
    ]);
    expect(paragraphs[1]?.[0]).toEqual({ text: 'Troops began', marked: true });
  });

  it('says when the quote is not in the text, and marks nothing', () => {
    const { paragraphs, found } = highlightPassage(TEXT, 'not there');
    expect(found).toBe(false);
    expect(paragraphs.flat().some((segment) => segment.marked)).toBe(false);
  });

  it('treats lines of spaces between paragraphs as blank', () => {
    const { paragraphs } = highlightPassage('One.\n  \nTwo.\nstill two.', 'x');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]?.[0]?.text).toBe('Two.\nstill two.');
  });
});
