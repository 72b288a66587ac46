/** How sources are written in the panels: publication dates and places in words. */
import type { Locale } from '../i18n/locale';
import { PLACE_WORDS } from '../i18n/place-words';
import { formatPartialDate } from '../time/format-date';
import { parsePartialDate } from '../time/partial-date';

/** "18 October 2021" for "2021-10-18"; the text itself if it is not a date; undefined if absent. */
export function formatPublished(
  published: string | undefined,
  locale: Locale = 'en',
): string | undefined {
  if (published === undefined) return undefined;
  const date = parsePartialDate(published);
  return date ? formatPartialDate(date, locale) : published;
}

/** What a source without a publication date says instead: it is unknown, not missing. */
export const DATE_UNKNOWN = PLACE_WORDS.en.dateUnknown;

/** A source's publication date in words, or "date unknown" when the story does not know it. */
export function formatSourceDate(published: string | undefined, locale: Locale = 'en'): string {
  return formatPublished(published, locale) ?? PLACE_WORDS[locale].dateUnknown;
}

const regionNames = new Map<Locale, Intl.DisplayNames>();

/** "Tajikistan" for "TJ" ("Таджикистан", "تاجیکستان"); the code where the runtime has no name. */
export function countryName(code: string, locale: Locale = 'en'): string {
  try {
    let names = regionNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'region' });
      regionNames.set(locale, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Kulob, Tajikistan"; the name alone when it already says the country ("Afghanistan"). */
export function placeLabel(
  name: string,
  country: string | undefined,
  locale: Locale = 'en',
): string {
  if (country === undefined) return name;
  const named = countryName(country, locale);
  // The story's own name may say the country in its own language ("Afghanistan" in English).
  const says = (country: string) => name.toLowerCase().includes(country.toLowerCase());
  if (says(named) || says(countryName(country))) return name;
  return PLACE_WORDS[locale].placeInCountry(name, named);
}

/** What a list or card says in place of a place for an event nobody has placed yet. */
export const NOT_ON_MAP = PLACE_WORDS.en.notOnMap;

/** "Kulob, Tajikistan", or "Not on the map" for an event without a place. */
export function eventPlaceLabel(
  place: { readonly name: string; readonly country?: string | undefined } | undefined,
  locale: Locale = 'en',
): string {
  return place ? placeLabel(place.name, place.country, locale) : PLACE_WORDS[locale].notOnMap;
}

/** "± 15 km", or undefined when the place is exact. */
export function formatUncertainty(km: number, locale: Locale = 'en'): string | undefined {
  if (km <= 0) return undefined;
  const rounded = km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
  return PLACE_WORDS[locale].plusMinusKm(rounded.toLocaleString(locale));
}
