/**
 * Words the panels' plain functions write around places and sources (src/panels/citation-text.ts).
 * Kept synchronous beside the date words, since those functions also serve the handout and tests
 * that have no message provider.
 */
import type { Locale } from './locale';

export interface PlaceWords {
  /** A source without a publication date: unknown, not missing. */
  readonly dateUnknown: string;
  /** An event nobody has placed yet. */
  readonly notOnMap: string;
  /** "± 15 km" with the number already in the locale's digits. */
  readonly plusMinusKm: (km: string) => string;
  /** "Kulob, Tajikistan". */
  readonly placeInCountry: (place: string, country: string) => string;
}

export const PLACE_WORDS: Readonly<Record<Locale, PlaceWords>> = {
  en: {
    dateUnknown: 'date unknown',
    notOnMap: 'Not on the map',
    plusMinusKm: (km) => `± ${km} km`,
    placeInCountry: (place, country) => `${place}, ${country}`,
  },
  ru: {
    dateUnknown: 'дата неизвестна',
    notOnMap: 'Нет на карте',
    plusMinusKm: (km) => `± ${km} км`,
    placeInCountry: (place, country) => `${place}, ${country}`,
  },
  fa: {
    dateUnknown: 'تاریخ نامعلوم',
    notOnMap: 'روی نقشه نیست',
    // The right-to-left mark keeps ± before the number beside left-to-right text.
    plusMinusKm: (km) => `\u200F± ${km} کیلومتر`,
    placeInCountry: (place, country) => `${place}، ${country}`,
  },
};
