/**
 * The briefing speaks the language it was exported in: the person who made it chose the words
 * for its readers, and a shared briefing PC's browser language says little about them. A link's
 * `lang=` still wins; a briefing made by the build (no exporter) follows the browser.
 */
import { pickLocale, type Locale } from '../i18n/locale';

export function briefingLocale(
  search: string,
  exported: Locale | undefined,
  browser: readonly string[],
): Locale {
  const asked = new URLSearchParams(search).get('lang') ?? undefined;
  return pickLocale(asked, [...(exported ? [exported] : []), ...browser]);
}
