/**
 * A wire story's dateline: "KYIV, Dec 5 (Reuters) - ", "BEIRUT, Lebanon (AP) — ",
 * "PESHAWAR, Pakistan, Aug. 17, 2025 (AP) — ". It names where the report was filed from and the
 * day it was filed, not where or when its news happened, so an event is placed and dated by the
 * rest of the sentence, and its title leaves the dateline out. The day, with its year, is when
 * the article was written (date-line.ts).
 */

// The city in capitals ("KYIV", "NEW YORK", "N'DJAMENA"), perhaps its country or state.
const CITY =
  "\\p{Lu}{2,}(?:[ .'’-]+\\p{Lu}{2,})*\\.?(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?";
const YEAR = '(?:,?\\s+\\d{4})?';
const DAY = `(?:\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}${YEAR}|\\d{1,2}\\s+\\p{Lu}\\p{Ll}{2,8}\\.?${YEAR})`;
const AGENCY = '\\([^()\\n]{2,30}\\)';
const DASH = '\\s*[-–—]+\\s*';
const DATELINE = new RegExp(
  `^${CITY}(?:(?:,\\s*(${DAY}))?\\s*${AGENCY}|,\\s*(${DAY}))${DASH}`,
  'du',
);

/** How many characters of `sentence` are its wire dateline (0 when it has none). */
export function wireDatelineLength(sentence: string): number {
  return DATELINE.exec(sentence)?.[0].length ?? 0;
}

/** The day a wire dateline gives ("Aug. 17, 2025", "Dec 5"), as written, and where it starts. */
export function wireDatelineDay(sentence: string): { text: string; start: number } | undefined {
  const match = DATELINE.exec(sentence);
  const group = match?.[1] === undefined ? 2 : 1;
  const text = match?.[group];
  const start = match?.indices?.[group]?.[0];
  return text === undefined || start === undefined ? undefined : { text, start };
}
