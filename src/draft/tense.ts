/**
 * Which way a sentence looks from its publication date, judged by the verb nearest an
 * expression: "had hosted … in March" looks back, "will hold talks … on Tuesday" forward.
 */
export type Tense = 'past' | 'future' | 'unknown';

const FUTURE =
  /\b(?:will|shall|won't|is due|are due|is to|are to|going to|plans? to|wants? to|intends? to|aims? to|hopes? to|seeks? to|planned|scheduled|expected|would|upcoming|coming)\b|'ll\b/gi;
const PAST =
  /\b(?:had|was|were|did|said|told|began|held|took|fell|came|went|met|won|lost|left|saw|ago|last|earlier|previously)\b/gi;
// Lower case only: "United" is a name, not a verb.
const PAST_ED = /\b[a-z]{2,}ed\b/g;

function nearest(pattern: RegExp, sentence: string, at: number): number {
  let best = Infinity;
  for (const match of sentence.matchAll(pattern)) {
    const distance = match.index < at ? at - match.index : (match.index - at) * 4;
    best = Math.min(best, distance);
  }
  return best;
}

/** The tense nearest offset `at` inside `sentence`; verbs before the expression count a little more. */
export function tenseAt(sentence: string, at: number): Tense {
  const future = nearest(FUTURE, sentence, at);
  const past = Math.min(nearest(PAST, sentence, at), nearest(PAST_ED, sentence, at));
  if (future === Infinity && past === Infinity) return 'unknown';
  return future <= past ? 'future' : 'past';
}
