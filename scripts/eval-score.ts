// Scoring for npm run eval:draft (see /work/shared/eval/README.md): TempEval-3-style time
// expression and value scores, and geoparsing scores (P/R/F1, acc@161km, right country).
import { z } from 'zod';

export const timeGoldSchema = z.object({
  published: z.string(),
  annotated: z.tuple([z.number(), z.number()]),
  times: z.array(
    z.object({
      start: z.number(),
      end: z.number(),
      text: z.string(),
      value: z.string(),
      skip: z.string().optional(),
    }),
  ),
});

export const placeGoldSchema = z.object({
  places: z.array(
    z.object({
      start: z.number(),
      end: z.number(),
      text: z.string(),
      lat: z.number(),
      lon: z.number(),
      country: z.string().optional(),
      level: z.string().optional(),
    }),
  ),
});

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Counts {
  found: number;
  gold: number;
  matched: number;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** One-to-one matches by overlapping spans, in text order. */
export function match<G extends Span, P extends Span>(
  gold: readonly G[],
  found: readonly P[],
): [G, P][] {
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  for (const g of gold) {
    const index = found.findIndex((p, i) => !used.has(i) && overlaps(g, p));
    const p = found[index];
    if (p) {
      used.add(index);
      pairs.push([g, p]);
    }
  }
  return pairs;
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.found === 0 ? 0 : c.matched / c.found;
  const r = c.gold === 0 ? 0 : c.matched / c.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Right when the found value, cut to the gold's granularity, equals the gold value. */
export function valueRight(gold: string, found: string | undefined): boolean {
  return (
    found !== undefined &&
    CALENDAR.test(gold) &&
    found.slice(0, gold.length) === gold &&
    CALENDAR.test(found.slice(0, gold.length))
  );
}

export function isCalendar(value: string): boolean {
  return CALENDAR.test(value);
}

/** Great-circle distance in km. */
export function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
