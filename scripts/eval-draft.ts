// npm run eval:draft: scores the draft on the annotated DEVELOPMENT set in ../shared/eval (the
// draft was tuned on it, so these are not held-out figures). Prints one table.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readDateLine } from '../src/draft/date-line';
import { draftArticle } from '../src/draft/draft';
import { buildGazetteer } from '../src/draft/gazetteer';
import {
  isCalendar,
  km,
  match,
  placeGoldSchema,
  prf,
  timeGoldSchema,
  valueRight,
  type Counts,
} from './eval-score';

const root =
  process.argv.slice(2).find((a) => !a.startsWith('--')) ??
  join(import.meta.dirname, '..', '..', 'shared', 'eval');
if (!existsSync(root)) {
  console.error(`eval:draft: no evaluation set at ${root} (give its folder as the first argument)`);
  process.exit(1);
}
const verbose = process.argv.includes('--verbose');
const t0 = performance.now();
const gazetteer = buildGazetteer(
  JSON.parse(readFileSync(new URL('../src/draft/gazetteer-data.json', import.meta.url), 'utf8')),
);
const loadSeconds = (performance.now() - t0) / 1000;
const seconds: number[] = [];

function articles(folder: string): string[] {
  return readdirSync(join(root, folder))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(root, folder, f.replace(/\.txt$/, '')));
}

function run(text: string, published?: string): ReturnType<typeof draftArticle> {
  const start = performance.now();
  const result = draftArticle(text, gazetteer, published ? { published } : {});
  seconds.push((performance.now() - start) / 1000);
  return result;
}

// Times
const times: Counts = { found: 0, gold: 0, matched: 0 };
let valueGold = 0;
let valueMatched = 0;
let valueCorrect = 0;
let valueFound = 0;
// Each article's date line against the publication date its annotators gave.
let dateLinesRight = 0;

type FoundTime = ReturnType<typeof run>['annotations']['times'][number];
/**
 * TimeML marks "from 2009 to 2011" as two dates, where the draft reads one span: a span whose
 * end year is written in it is scored as the two dates it is made of, each with its own value.
 */
function asTimeML(t: FoundTime): FoundTime[] {
  const endYear = t.end_value?.length === 4 ? t.end_value : undefined;
  const at = endYear ? t.text.lastIndexOf(endYear) : -1;
  if (!endYear || at <= 0 || !t.value) return [t];
  const { end_value: _end, ...first } = t;
  return [
    { ...first, end: t.start + t.text.indexOf(t.value.slice(0, 4)) + 4 },
    { ...first, start: t.start + at, end: t.start + at + 4, text: endYear, value: endYear },
  ];
}
const timeArticles = articles('times');
for (const base of timeArticles) {
  const text = readFileSync(`${base}.txt`, 'utf8');
  const gold = timeGoldSchema.parse(JSON.parse(readFileSync(`${base}.gold.json`, 'utf8')));
  const limit = gold.annotated[1];
  const inRange = <T extends { start: number }>(x: T): boolean => x.start < limit;
  const skipped = gold.times.filter((g) => inRange(g) && g.skip);
  const scored = gold.times.filter((g) => inRange(g) && !g.skip);
  const dateLine = readDateLine(text);
  if (dateLine?.day === gold.published) dateLinesRight += 1;
  else if (verbose)
    console.log(
      `  date line ${base.split('/').pop()}: gold ${gold.published}, read ${dateLine ? `${dateLine.day} from '${dateLine.text}'` : 'none'}`,
    );
  const found = run(text, gold.published)
    .annotations.times.flatMap(asTimeML)
    .filter(
      (t) =>
        inRange(t) &&
        (scored.some((g) => g.start < t.end && t.start < g.end) ||
          !skipped.some((s) => s.start < t.end && t.start < s.end)),
    );
  const pairs = match(scored, found);
  times.found += found.length;
  times.gold += scored.length;
  times.matched += pairs.length;
  valueGold += scored.filter((g) => isCalendar(g.value)).length;
  valueFound += found.filter((f) => f.value && isCalendar(f.value)).length;
  for (const [g, p] of pairs) {
    if (!isCalendar(g.value)) continue;
    valueMatched += 1;
    if (valueRight(g.value, p.value)) valueCorrect += 1;
    else if (verbose)
      console.log(
        `  value ${base.split('/').pop()}: '${g.text}' gold ${g.value}, found ${p.value ?? '(unresolved)'}`,
      );
  }
  if (verbose) {
    for (const g of scored)
      if (!pairs.some(([x]) => x === g))
        console.log(`  missed ${base.split('/').pop()}: '${g.text}' ${g.value}`);
    for (const f of found)
      if (!pairs.some(([, x]) => x === f))
        console.log(`  extra  ${base.split('/').pop()}: '${f.text}' ${f.value ?? ''}`);
  }
}

// Places
const places: Counts = { found: 0, gold: 0, matched: 0 };
let within = 0;
let withinOfFound = 0;
let countryGold = 0;
let countryRight = 0;
const placeArticles = articles('places');
for (const base of placeArticles) {
  const text = readFileSync(`${base}.txt`, 'utf8');
  const gold = placeGoldSchema.parse(JSON.parse(readFileSync(`${base}.gold.json`, 'utf8'))).places;
  // Demonyms are not annotated in this set, so they are neither right nor wrong here.
  const found = run(text).annotations.places.filter((p) => p.level !== 'demonym');
  const pairs = match(gold, found);
  places.found += found.length;
  places.gold += gold.length;
  places.matched += pairs.length;
  for (const [g, p] of pairs) {
    const right = g.level === 'country' ? p.country === g.country : km(g, p) <= 161;
    if (right) {
      within += 1;
      withinOfFound += 1;
    } else if (verbose)
      console.log(
        `  far ${base.split('/').pop()}: '${g.text}' gold ${g.country ?? ''} ${g.lat},${g.lon}; found ${p.name} ${p.country ?? ''} ${p.lat},${p.lon} (${Math.round(km(g, p))} km)`,
      );
    if (g.country) {
      countryGold += 1;
      if (p.country === g.country) countryRight += 1;
    }
  }
  if (verbose) {
    for (const g of gold)
      if (!pairs.some(([x]) => x === g))
        console.log(`  missed ${base.split('/').pop()}: '${g.text}' ${g.level ?? ''}`);
    for (const f of found)
      if (!pairs.some(([, x]) => x === f))
        console.log(`  extra  ${base.split('/').pop()}: '${f.text}' → ${f.name}`);
  }
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(7);
const ratio = (a: number, b: number): string => `${pct(b === 0 ? 0 : a / b)}  (${a}/${b})`;
const t = prf(times);
const v = prf({ found: valueFound, gold: valueGold, matched: valueCorrect });
const pl = prf(places);
const sorted = [...seconds].sort((a, b) => a - b);
const mean = seconds.reduce((a, b) => a + b, 0) / Math.max(1, seconds.length);
const rows: [string, string][] = [
  ['set', `${root} (DEVELOPMENT set: tuned on; not held out)`],
  [
    'articles',
    `${timeArticles.length} dated (MEANTIME), ${placeArticles.length} placed (GeoVirus)`,
  ],
  [
    'times found: P / R / F1',
    `${pct(t.p)} ${pct(t.r)} ${pct(t.f1)}   (${times.matched} matched, ${times.found} found, ${times.gold} gold)`,
  ],
  ['calendar values right (of matched)', ratio(valueCorrect, valueMatched)],
  ['calendar values: P / R / F1', `${pct(v.p)} ${pct(v.r)} ${pct(v.f1)}`],
  ['publication date from the date line', ratio(dateLinesRight, timeArticles.length)],
  [
    'places found: P / R / F1',
    `${pct(pl.p)} ${pct(pl.r)} ${pct(pl.f1)}   (${places.matched} matched, ${places.found} found, ${places.gold} gold)`,
  ],
  ['places acc@161km (of all gold)', ratio(within, places.gold)],
  ['places acc@161km (of found)', ratio(withinOfFound, places.matched)],
  ['right country (of found)', ratio(countryRight, countryGold)],
  [
    'seconds per article',
    `mean ${mean.toFixed(3)}, min ${(sorted[0] ?? 0).toFixed(3)}, max ${(sorted[sorted.length - 1] ?? 0).toFixed(3)} (gazetteer load ${loadSeconds.toFixed(2)} s once)`,
  ],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log('\nDateline draft, evaluation\n');
for (const [k, value] of rows) console.log(`  ${k.padEnd(width)}  ${value}`);
console.log('');
