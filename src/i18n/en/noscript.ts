/**
 * What a page says to a reader whose browser runs no scripts. Build-time only: the prerender
 * writes it into the built pages' <noscript> in every language (src/i18n/noscript-words.ts);
 * the app, which runs only where scripts do, never shows it, so it is not in `Messages`.
 */
import type { Formatter } from '../format';

export function noscript(_f: Formatter) {
  return {
    needsScripts:
      'Dateline needs JavaScript to show the map and timeline. The story files are plain JSON in /stories/.',
  };
}

export type NoscriptMessages = ReturnType<typeof noscript>;
