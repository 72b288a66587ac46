/**
 * Hostile but schema-valid stories, from a seed: odd geometries (poles, the antimeridian,
 * zero-length lines, degenerate and self-crossing polygons, open rings, thousands of points in one
 * event), huge and zero uncertainties, extreme dates, inverted step windows and awkward text.
 * Every story passes the story schema; whatever else is wrong the loader must catch or repair.
 */
type Position = [number, number];

/** mulberry32: small, fast, deterministic. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['exercise', 'military-presence', 'conflict', 'diplomacy', 'statement', 'policy'];
const NAMES = [
  'Pole',
  'دوشنبه',
  'Ünïcödé​zero​width',
  '<img src=x onerror=alert(1)>',
  'A'.repeat(300),
  '‮reversed‬',
  '"quoted" & <b>bold</b>',
];

export function hostileStory(seed: number): unknown {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const lon = () => pick([-180, 180, 0, 179.9999, -179.9999, random() * 360 - 180]);
  const lat = () => pick([-90, 90, 0, 89.9999, -89.9999, random() * 180 - 90]);
  const position = (): Position => [lon(), lat()];
  const ring = (): Position[] => {
    const shape = Math.floor(random() * 5);
    const [a, b] = [position(), position()];
    if (shape === 0) return [a, a, a, a]; // all one point
    if (shape === 1) return [a, b, a, b]; // open and degenerate
    if (shape === 2) return [a, [a[0], b[1]], b, [b[0], a[1]]]; // open box, maybe across 180°
    const count = 4 + Math.floor(random() * (shape === 3 ? 40 : 400));
    const points = Array.from({ length: count }, position);
    return random() < 0.5 ? points : [...points, points[0] ?? a]; // self-crossing
  };
  const geometry = () => {
    switch (Math.floor(random() * 7)) {
      case 0:
        return { type: 'Point', coordinates: position() };
      case 1: {
        const count =
          random() < 0.05 ? 1000 + Math.floor(random() * 2000) : 1 + Math.floor(random() * 40);
        const same = random() < 0.3;
        const first = position();
        return {
          type: 'MultiPoint',
          coordinates: Array.from({ length: count }, () => (same ? first : position())),
        };
      }
      case 2: {
        const a = position();
        return {
          type: 'LineString',
          coordinates: random() < 0.5 ? [a, a] : [a, position(), position()],
        };
      }
      case 3:
        return {
          type: 'MultiLineString',
          coordinates: [
            [position(), position()],
            Array.from({ length: 2 + Math.floor(random() * 60) }, position),
          ],
        };
      case 4:
        return { type: 'Polygon', coordinates: [ring()] };
      case 5:
        return { type: 'Polygon', coordinates: [ring(), ring()] };
      default:
        return { type: 'MultiPolygon', coordinates: [[ring()], [ring()]] };
    }
  };
  const text = `Hostile source ${seed}. ${pick(NAMES)} said something.\n\nMore text follows here.`;
  const year = pick(['0001', '1000', '1970', '2021', '9999']);
  const time = () =>
    pick([
      { start: `${year}`, precision: 'year' },
      { start: `${year}-01`, end: `${year}-12`, precision: 'month' },
      { start: `${year}-02-28`, end: `${year}-02-28`, precision: 'day' },
      { start: '0001-01-01', end: '9999-12-31', precision: 'day' },
      { start: `${year}-06`, precision: 'approximate' },
    ]);
  const count = 1 + Math.floor(random() * 5);
  const events = Array.from({ length: count }, (_, index) => ({
    id: `e-${index}`,
    title: pick(NAMES),
    kind: pick(KINDS),
    time: time(),
    place: {
      name: pick(NAMES),
      geometry: geometry(),
      uncertaintyKm: pick([0, 0, 0.001, 50, 2500, 5000]),
    },
    excerpts: [{ source: 'src', quote: pick(['said something', 'More text', `${seed}`]) }],
    context: [],
  }));
  const steps = events.map((event) => ({
    event: event.id,
    ...(random() < 0.3 ? { from: '9999', to: '0001' } : {}),
    ...(random() < 0.2 ? { camera: { center: position(), zoom: pick([0, 22]) } } : {}),
  }));
  return {
    format: 2,
    id: `hostile-${seed}`,
    title: `Hostile story ${seed}`,
    summary: pick(NAMES),
    language: 'en',
    sources: [
      {
        id: 'src',
        title: pick(NAMES),
        publisher: pick(NAMES),
        published: '2021',
        language: 'en',
        text,
      },
    ],
    events,
    steps,
  };
}
