/** Border mentions ("the Tajik-Afghan border") read as the shared border line of two countries. */
import { borderKey, nameKey, type Country, type Gazetteer } from './gazetteer';
import type { PlaceMention } from './mentions';

function midpoint(lines: readonly (readonly [number, number])[][]): [number, number] {
  const all = lines.flat();
  const mid = all[Math.floor(all.length / 2)];
  return mid ? [mid[0], mid[1]] : [0, 0];
}

/** "the Tajik-Afghan border", "the Afghan border" (with the neighbour the article names most). */
export function borders(
  text: string,
  gazetteer: Gazetteer,
  focus: ReadonlyMap<string, number>,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  const codeOf = (word: string): string | undefined => {
    const key = nameKey(word);
    return (
      gazetteer.demonyms.get(key) ??
      gazetteer.names.get(key)?.find((e): e is Country => e.kind === 'country')?.code
    );
  };
  for (const m of text.matchAll(
    /\b(\p{Lu}[\p{L}]+)(?:[-–](\p{Lu}[\p{L}]+))?\s+(?:border|frontier)\b/gu,
  )) {
    const a = codeOf(m[1] ?? '');
    if (!a) continue;
    let b = m[2] ? codeOf(m[2]) : undefined;
    let why = `'${m[0]}': the shared border of the two countries (Natural Earth)`;
    const alternatives: string[] = [];
    if (!b) {
      const neighbours = [...focus.entries()]
        .filter(([code]) => code !== a && gazetteer.borders.has(borderKey(a, code)))
        .sort((x, y) => y[1] - x[1]);
      b = neighbours[0]?.[0];
      if (!b) continue;
      why = `'${m[0]}': the border of ${gazetteer.countries.get(a)?.name ?? a} with ${gazetteer.countries.get(b)?.name ?? b}, the neighbour the article names most`;
      alternatives.push(
        ...neighbours
          .slice(1, 4)
          .map(([code]) => `border with ${gazetteer.countries.get(code)?.name ?? code}`),
      );
    }
    const lines = gazetteer.borders.get(borderKey(a, b));
    if (!lines) continue;
    const [lon, lat] = midpoint(lines);
    const names = [a, b].map((code) => gazetteer.countries.get(code)?.name ?? code);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      name: `${names.join('–')} border`,
      level: 'border',
      country: a,
      lon,
      lat,
      uncertaintyKm: 30,
      line: lines,
      reason: why,
      alternatives,
    });
  }
  return out;
}
