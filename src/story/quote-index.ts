/**
 * "Does this quote occur verbatim in the source?", asked once per excerpt. Searching the whole
 * text for every excerpt costs excerpts × text length (a 915 KB story with a few thousand
 * excerpts froze the tab for seconds), so a source asked about often is indexed once: every
 * 8-character piece of the text is filed by a hash, and a quote is checked only where its rarest
 * piece occurs.
 */

/** Length of the indexed pieces: long enough that most are rare in prose. */
const GRAM = 8;
/** Below this many questions a plain search is cheaper than building the index. */
const INDEX_AFTER = 8;
/** Places tried before a quote made only of common pieces is searched for plainly instead. */
const MAX_CANDIDATES = 256;
const BASE = 0x01000193;

/** Answers whether quotes occur in one text; build one per source. */
export type QuoteFinder = (quote: string) => boolean;

/** A finder for one text: plain search at first, an index once it is asked often. */
export function quoteFinder(text: string): QuoteFinder {
  let asked = 0;
  let index: GramIndex | undefined;
  const short = new Map<string, boolean>();
  return (quote) => {
    asked += 1;
    if (quote.length < GRAM || text.length < 4 * GRAM) {
      // Short quotes are few in practice; the same one is only searched for once.
      const known = short.get(quote);
      if (known !== undefined) return known;
      const found = text.includes(quote);
      short.set(quote, found);
      return found;
    }
    if (asked <= INDEX_AFTER) return text.includes(quote);
    index ??= buildIndex(text);
    return index.contains(quote);
  };
}

interface GramIndex {
  contains(quote: string): boolean;
}

/** Rolling hash of text[at, at + GRAM); arithmetic wraps at 32 bits. */
function hashAt(text: string, at: number): number {
  let hash = 0;
  for (let offset = 0; offset < GRAM; offset += 1) {
    hash = (Math.imul(hash, BASE) + text.charCodeAt(at + offset)) | 0;
  }
  return hash;
}

/** BASE^(GRAM-1), for taking the leaving character out of the rolling hash. */
const LEAVING = Array.from({ length: GRAM - 1 }).reduce<number>(
  (power) => Math.imul(power, BASE),
  1,
);

/** Calls visit(start, hash) for every piece of the text, in one pass. */
function eachGram(text: string, visit: (start: number, hash: number) => void): void {
  const last = text.length - GRAM;
  if (last < 0) return;
  let hash = hashAt(text, 0);
  visit(0, hash);
  for (let start = 1; start <= last; start += 1) {
    const leaving = Math.imul(text.charCodeAt(start - 1), LEAVING);
    hash = (Math.imul((hash - leaving) | 0, BASE) + text.charCodeAt(start + GRAM - 1)) | 0;
    visit(start, hash);
  }
}

function buildIndex(text: string): GramIndex {
  const grams = text.length - GRAM + 1;
  const bits = Math.min(24, Math.max(8, Math.ceil(Math.log2(grams))));
  const bucketOf = (hash: number) => Math.imul(hash, 0x9e3779b1) >>> (32 - bits);
  // Bucketed positions laid out flat (counting sort): offsets[b]..offsets[b + 1] in positions.
  const offsets = new Uint32Array((1 << bits) + 1);
  eachGram(text, (_start, hash) => {
    const slot = bucketOf(hash) + 1;
    offsets[slot] = (offsets[slot] ?? 0) + 1;
  });
  for (let bucket = 1; bucket < offsets.length; bucket += 1) {
    offsets[bucket] = (offsets[bucket] ?? 0) + (offsets[bucket - 1] ?? 0);
  }
  const fill = offsets.slice(0, -1);
  const positions = new Uint32Array(grams);
  eachGram(text, (start, hash) => {
    const bucket = bucketOf(hash);
    positions[fill[bucket] ?? 0] = start;
    fill[bucket] = (fill[bucket] ?? 0) + 1;
  });
  const sizeOf = (bucket: number) => (offsets[bucket + 1] ?? 0) - (offsets[bucket] ?? 0);

  return {
    contains(quote) {
      // The quote's rarest piece, and where in the quote it sits.
      let rarest = -1;
      let rarestAt = 0;
      let rarestSize = Infinity;
      eachGram(quote, (start, hash) => {
        const bucket = bucketOf(hash);
        const size = sizeOf(bucket);
        if (size < rarestSize) {
          rarest = bucket;
          rarestAt = start;
          rarestSize = size;
        }
      });
      if (rarestSize === 0) return false;
      const first = offsets[rarest] ?? 0;
      const end = Math.min(offsets[rarest + 1] ?? 0, first + MAX_CANDIDATES);
      for (let slot = first; slot < end; slot += 1) {
        const start = (positions[slot] ?? 0) - rarestAt;
        if (start >= 0 && text.startsWith(quote, start)) return true;
      }
      return rarestSize > MAX_CANDIDATES && text.includes(quote);
    },
  };
}
