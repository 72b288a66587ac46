// Generates a valid synthetic story of N events (for benchmarks and scale tests): events spread
// over Central Asia and two years, every kind and precision, every quote verbatim from its source.
// Usage: node scripts/generate-story.mjs 1000 > story.json
const KINDS = ['exercise', 'military-presence', 'conflict', 'diplomacy', 'statement', 'policy'];

/** A small deterministic PRNG, so every run benchmarks the same story. */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
const day = (ms) => new Date(ms).toISOString().slice(0, 10);

export function generateStory(count, seed = 1) {
  const random = mulberry32(seed);
  const sentences = [];
  const events = [];
  const start = Date.UTC(2020, 0, 1);
  const spanDays = 730;
  for (let i = 0; i < count; i += 1) {
    // Short sentences and names keep 100,000 events under the 30 MB story limit.
    const sentence = `Report ${i + 1} was filed.`;
    sentences.push(sentence);
    const kind = KINDS[i % KINDS.length];
    const first = start + Math.floor(random() * spanDays) * 86_400_000;
    const lon = 60 + random() * 15;
    const lat = 33 + random() * 8;
    const variant = i % 4;
    const time =
      variant === 0
        ? { start: day(first), precision: 'day' }
        : variant === 1
          ? {
              start: day(first),
              end: day(first + Math.floor(random() * 20) * 86_400_000),
              precision: 'day',
            }
          : variant === 2
            ? { start: day(first).slice(0, 7), precision: 'month' }
            : { start: day(first).slice(0, 7), precision: 'approximate' };
    events.push({
      id: `e${i + 1}`,
      title: `Event ${i + 1}`,
      kind,
      time,
      place: {
        name: `Place ${i + 1}`,
        geometry: { type: 'Point', coordinates: [Number(lon.toFixed(3)), Number(lat.toFixed(3))] },
        uncertaintyKm: Math.round(random() * 30),
      },
      excerpts: [{ source: 'src', quote: sentence }],
    });
  }
  return {
    format: 1,
    id: `generated-${count}`,
    title: `Generated story of ${count} events`,
    summary: 'Synthetic events for benchmarks.',
    language: 'en',
    sources: [
      {
        id: 'src',
        title: 'Generated source',
        publisher: 'Dateline benchmarks',
        published: `2022-${pad(1)}-${pad(1)}`,
        language: 'en',
        text: sentences.join('\n\n'),
      },
    ],
    events,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 1000);
  process.stdout.write(JSON.stringify(generateStory(count)));
}
