/**
 * Finds place names and resolves them in the gazetteer: the candidates (place-names.ts), their
 * likeliest readings (place-readings.ts) and the borders an article names (border-mentions.ts).
 */
import type { Country, Gazetteer } from './gazetteer';
import { borders } from './border-mentions';
import type { PlaceMention } from './mentions';
import { scan, type Raw } from './place-names';
import { resolve } from './place-readings';

/**
 * "Stroud, Ontario, Canada": a name followed by ", <country>" (directly or one name later) is
 * read in that country when it can be; "Washington state" is read as the state.
 */
function narrowed(raw: Raw, following: readonly Raw[], text: string): Raw {
  if (/^\s+state\b/i.test(text.slice(raw.end, raw.end + 7))) {
    const states = raw.entries.filter((e) => e.kind === 'region' && e.country);
    if (states.length > 0) return { ...raw, entries: states };
  }
  let end = raw.end;
  for (const next of following) {
    if (!/^,\s*$/.test(text.slice(end, next.start))) break;
    const country = next.entries.find((e): e is Country => e.kind === 'country');
    if (country) {
      const inside = raw.entries.filter((e) => e.kind !== 'country' && e.country === country.code);
      return inside.length > 0 ? { ...raw, entries: inside } : raw;
    }
    end = next.end;
  }
  return raw;
}

/** Every place name in `text`, resolved, in order. */
export function findPlaces(text: string, gazetteer: Gazetteer): PlaceMention[] {
  const raws = scan(text, gazetteer);
  const focus = new Map<string, number>();
  for (const raw of raws) {
    // "Georgia" might be the state: only a name that is nothing but a country names one for sure.
    const country =
      raw.entries.length === 1
        ? raw.entries.find((e): e is Country => e.kind === 'country')
        : undefined;
    const code = country?.code ?? raw.demonym;
    if (code) focus.set(code, (focus.get(code) ?? 0) + 1);
  }
  const lines = borders(text, gazetteer, focus);
  const named = raws
    .map((raw, i) => narrowed(raw, raws.slice(i + 1, i + 3), text))
    .filter((raw) => !lines.some((l) => l.start <= raw.start && raw.end <= l.end))
    .flatMap((raw) => resolve(raw, gazetteer, focus) ?? []);
  return [...named, ...lines].sort((a, b) => a.start - b.start);
}
