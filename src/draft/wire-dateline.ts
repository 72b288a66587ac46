/**
 * A wire story's dateline: "KYIV, Dec 5 (Reuters) - ", "BEIRUT, Lebanon (AP) — ". It names where
 * the report was filed from and the day it was filed, not where or when its news happened, so an
 * event is placed and dated by the rest of the sentence, and its title leaves the dateline out.
 */

// The city in capitals ("KYIV", "NEW YORK", "N'DJAMENA"), perhaps its country or state.
const CITY =
  "\\p{Lu}{2,}(?:[ .'’-]+\\p{Lu}{2,})*\\.?(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?";
const DAY = '(?:\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{Lu}\\p{Ll}{2,8}\\.?)';
const AGENCY = '\\([^()\\n]{2,30}\\)';
const DASH = '\\s*[-–—]+\\s*';
const DATELINE = new RegExp(`^${CITY}(?:(?:,\\s*${DAY})?\\s*${AGENCY}|,\\s*${DAY})${DASH}`, 'u');

/** How many characters of `sentence` are its wire dateline (0 when it has none). */
export function wireDatelineLength(sentence: string): number {
  return DATELINE.exec(sentence)?.[0].length ?? 0;
}
