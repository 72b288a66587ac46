/** How sources are written in the panels: publication dates and places in words. */
import { formatPartialDate } from '../time/format-date';
import { parsePartialDate } from '../time/partial-date';

/** "18 October 2021" for "2021-10-18"; the text itself if it is not a date; undefined if absent. */
export function formatPublished(published: string | undefined): string | undefined {
  if (published === undefined) return undefined;
  const date = parsePartialDate(published);
  return date ? formatPartialDate(date) : published;
}

/** What a source without a publication date says instead: it is unknown, not missing. */
export const DATE_UNKNOWN = 'date unknown';

/** A source's publication date in words, or "date unknown" when the story does not know it. */
export function formatSourceDate(published: string | undefined): string {
  return formatPublished(published) ?? DATE_UNKNOWN;
}

let regionNames: Intl.DisplayNames | undefined;

/** "Tajikistan" for "TJ"; the code itself where the runtime has no name for it. */
export function countryName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Kulob, Tajikistan"; the name alone when it already says the country ("Afghanistan"). */
export function placeLabel(name: string, country: string | undefined): string {
  if (country === undefined) return name;
  const named = countryName(country);
  return name.toLowerCase().includes(named.toLowerCase()) ? name : `${name}, ${named}`;
}

/** What a list or card says in place of a place for an event nobody has placed yet. */
export const NOT_ON_MAP = 'Not on the map';

/** "Kulob, Tajikistan", or "Not on the map" for an event without a place. */
export function eventPlaceLabel(
  place: { readonly name: string; readonly country?: string | undefined } | undefined,
): string {
  return place ? placeLabel(place.name, place.country) : NOT_ON_MAP;
}

/** "± 15 km", or undefined when the place is exact. */
export function formatUncertainty(km: number): string | undefined {
  if (km <= 0) return undefined;
  const rounded = km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
  return `± ${rounded.toLocaleString('en')} km`;
}
