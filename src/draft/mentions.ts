/** What the draft finds in an article: time expressions and place names, with their reasons. */
import type { Span } from './sentences';

export type TimePrecision = 'minute' | 'hour' | 'day' | 'month' | 'year' | 'approximate';

export interface TimeMention extends Span {
  /** TIMEX3-style value at its own granularity ("2021-10-19", "2021-03", "2021", "P20Y"); absent when unresolved. */
  readonly value?: string;
  /** The calendar reading as a story time: YYYY | YYYY-MM | YYYY-MM-DD. */
  readonly startDate?: string;
  readonly endDate?: string;
  readonly precision: TimePrecision;
  /** Hangs on the publication date ("on Tuesday", "in March"). */
  readonly relative: boolean;
  /** A length of time ("after 20 years of war"), read as a span ending at the anchor. */
  readonly duration: boolean;
  readonly reason: string;
  readonly alternatives: readonly string[];
}

export type PlaceLevel = 'country' | 'region' | 'city' | 'border' | 'demonym';

export interface PlaceMention extends Span {
  readonly name: string;
  readonly level: PlaceLevel;
  readonly country?: string;
  /** The point a person would pin (a country's interior point; a border's middle). */
  readonly lon: number;
  readonly lat: number;
  readonly uncertaintyKm: number;
  /** A border between two countries, as lines. */
  readonly line?: readonly (readonly [number, number])[][];
  /** A whole country, as its outline (MultiPolygon coordinates). */
  readonly area?: readonly (readonly (readonly [number, number])[][])[];
  readonly reason: string;
  readonly alternatives: readonly string[];
}
