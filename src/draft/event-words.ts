/** A suggested kind and a short title for an event, from the words of its sentence. */

const KIND_WORDS: readonly [string, RegExp][] = [
  ['exercise', /\b(?:exercises?|drills?|manoeuvres?|maneuvers?|war games?)\b/i],
  [
    'conflict',
    /\b(?:war|attack(?:s|ed)?|fight(?:ing)?|clash(?:es)?|killed|bomb(?:s|ing)?|seized|offensive|battle|invasion|advance|shelling|strikes?|collapsed?|militants?)\b/i,
  ],
  ['military-presence', /\b(?:base|stationed|deploy(?:ed|ment)?|garrison|troops)\b/i],
  [
    'diplomacy',
    /\b(?:talks|conference|summit|meeting|visit|delegation|negotiat\w*|agreement|treaty|envoy)\b/i,
  ],
  [
    'policy',
    /\b(?:refused|recogni[sz]e|law|sanctions?|ban(?:ned)?|policy|decided|decision|approved)\b/i,
  ],
  ['statement', /\b(?:said|says|announced|stated|told|quoted|declared|reported|warned)\b/i],
];

export function suggestKind(sentence: string): { kind: string; reason: string } {
  for (const [kind, words] of KIND_WORDS) {
    const match = words.exec(sentence);
    if (match) return { kind, reason: `the sentence says '${match[0]}'` };
  }
  return { kind: 'statement', reason: 'no telling word; a report is the safest kind' };
}

const OPENERS =
  /^(?:it is noteworthy that|it is worth noting that|for (?:his|her|their|its) part,?|then,?|however,?|meanwhile,?|in addition,?|also,?|but|and|according to [^,]+,)\s+/i;

/** The sentence, its opening filler dropped, cut at a clause break near 80 characters. */
export function shortTitle(sentence: string): string {
  let text = sentence.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 3; i += 1) text = text.replace(OPENERS, '');
  // "X said that officials will hold talks": the news is what was said.
  const said = /\b(?:said|says|announced|stated|reported) that\s+(.{30,})$/.exec(text);
  if (said?.[1]) text = said[1];
  text = text.replace(/[.!?]+$/, '');
  if (text.length > 90) {
    const comma = text.slice(35, 90).search(/[,;:]\s/);
    if (comma >= 0) text = text.slice(0, 35 + comma);
    else text = `${text.slice(0, 80).replace(/\s+\S*$/, '')}…`;
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const STOP = new Set([
  'which',
  'their',
  'there',
  'these',
  'those',
  'would',
  'about',
  'after',
  'before',
  'while',
  'where',
  'other',
]);

/** Content words, for telling whether two sentences are about the same thing. */
export function contentWords(sentence: string): Set<string> {
  return new Set(
    (sentence.toLowerCase().match(/\p{L}{5,}/gu) ?? [])
      .filter((w) => !STOP.has(w))
      .map((w) => w.replace(/s$/, '')),
  );
}
