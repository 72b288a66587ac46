/**
 * One URL schema for permalinks, embeds and presentations. Every key says how to read it from
 * the URL (untrusted) and how to write it back. A bad value is reported and ignored; the rest
 * of the link still applies.
 */
import type { LinkExpectation, Problem } from '../story/problem';
import { isoDayToMs, toIsoDay, DAY_MS } from '../time/partial-date';

export interface Camera {
  readonly lon: number;
  readonly lat: number;
  readonly zoom: number;
}

export type Mode = 'app' | 'embed' | 'present' | 'presenter';
export type Theme = 'light' | 'dark';

/** The values a Dateline link can carry, each under its own key. */
export interface UrlValues {
  /** A shipped story id, a same-origin .json path, or `local:<id>` for a story kept in the browser. */
  readonly story: string;
  /** The start screen: the stories kept in this browser and the shipped ones (`?library`). */
  readonly library: boolean;
  /** Open the story in the editor (`?edit=1`; only a library story can be edited in place). */
  readonly edit: boolean;
  readonly event: string;
  /** Window start, UTC ms (written as YYYY-MM-DD). */
  readonly from: number;
  /** Window end, exclusive UTC ms (written as the last included day, YYYY-MM-DD). */
  readonly to: number;
  readonly view: Camera;
  readonly mode: Mode;
  readonly theme: Theme;
  readonly lang: string;
  readonly controls: boolean;
  /** Presentation step, 1-based as people count. */
  readonly step: number;
  /** Host origins allowed to drive an embed. */
  readonly origin: readonly string[];
}

/** Everything a link says; an absent key means "the default". */
export type UrlState = Partial<UrlValues>;

type Read<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly expect: LinkExpectation };

interface Field<T> {
  readonly read: (text: string) => Read<T>;
  readonly write: (value: T) => string;
}

type Schema = { readonly [K in keyof UrlValues]: Field<UrlValues[K]> };

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(expect: LinkExpectation): Read<T> => ({ ok: false, expect });

function oneOf<T extends string>(values: readonly T[]) {
  return (text: string): Read<T> => {
    const value = values.find((candidate) => candidate === text);
    return value === undefined ? bad({ kind: 'one-of', values }) : ok(value);
  };
}

function matching(pattern: RegExp, expect: LinkExpectation) {
  return (text: string): Read<string> => (pattern.test(text) ? ok(text) : bad(expect));
}

function day(text: string, shift: number): Read<number> {
  const ms = isoDayToMs(text);
  return ms === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(text)
    ? bad({ kind: 'day' })
    : ok(ms + shift);
}

const schema: Schema = {
  // Only the length is checked here: resolveStoryUrl (src/story/load-story.ts) decides what a
  // story reference may name and explains a refusal, because a refused story must not silently
  // fall back to the default one.
  story: {
    read: (text) => (text.length <= 500 ? ok(text) : bad({ kind: 'story-ref' })),
    write: (value) => value,
  },
  // `?library` alone is enough; a story link never carries it.
  library: {
    read: (text) => (text === '' || text === '1' ? ok(true) : bad({ kind: 'flag' })),
    write: () => '1',
  },
  edit: {
    read: (text) => (text === '' || text === '1' ? ok(true) : bad({ kind: 'flag' })),
    write: () => '1',
  },
  event: { read: matching(ID, { kind: 'event-id' }), write: (value) => value },
  from: { read: (text) => day(text, 0), write: (value) => toIsoDay(value) },
  // The link names the last day shown; the window's end is the first instant after it.
  to: { read: (text) => day(text, DAY_MS), write: (value) => toIsoDay(value - DAY_MS) },
  view: {
    read: readCamera,
    write: (c) => `${round(c.lon, 4)},${round(c.lat, 4)},${round(c.zoom, 2)}`,
  },
  mode: { read: oneOf<Mode>(['app', 'embed', 'present', 'presenter']), write: (value) => value },
  theme: { read: oneOf<Theme>(['light', 'dark']), write: (value) => value },
  lang: {
    read: matching(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { kind: 'language-tag' }),
    write: (value) => value,
  },
  controls: {
    read: (text) =>
      text === '1' ? ok(true) : text === '0' ? ok(false) : bad({ kind: 'zero-one' }),
    write: (value) => (value ? '1' : '0'),
  },
  step: {
    read: (text) => (/^[1-9]\d{0,4}$/.test(text) ? ok(Number(text)) : bad({ kind: 'step' })),
    write: (value) => String(value),
  },
  origin: { read: readOrigins, write: (value) => value.join(' ') },
};

/** The order keys are written in, so equal states give equal links. */
export const URL_KEYS: ReadonlyArray<keyof UrlValues> = [
  'story',
  'library',
  'edit',
  'event',
  'from',
  'to',
  'view',
  'mode',
  'theme',
  'lang',
  'controls',
  'step',
  'origin',
];

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function readCamera(text: string): Read<Camera> {
  const parts = text.split(',');
  const [lon, lat, zoom] = parts.map(Number);
  if (parts.length !== 3 || lon === undefined || lat === undefined || zoom === undefined) {
    return bad({ kind: 'camera' });
  }
  if (![lon, lat, zoom].every(Number.isFinite)) return bad({ kind: 'camera' });
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) {
    return bad({ kind: 'camera-range' });
  }
  return ok({ lon, lat, zoom });
}

function readOrigins(text: string): Read<readonly string[]> {
  const origins = text.split(/[\s,]+/).filter(Boolean);
  const valid = origins.every((origin) => {
    try {
      const url = new URL(origin);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === origin;
    } catch {
      return false;
    }
  });
  return valid && origins.length > 0 ? ok(origins) : bad({ kind: 'origins' });
}

/** Reads a query string. Unknown keys are ignored; bad values are reported and left out. */
export function parseUrlState(search: string): { state: UrlState; problems: Problem[] } {
  const params = new URLSearchParams(search);
  const problems: Problem[] = [];
  function read<K extends keyof UrlValues>(key: K): UrlValues[K] | undefined {
    const text = params.get(key);
    if (text === null) return undefined;
    const field: Field<UrlValues[K]> = schema[key];
    const result = field.read(text);
    if (result.ok) return result.value;
    problems.push({
      path: `?${key}`,
      code: 'link-value',
      expect: result.expect,
      got: truncate(text),
    });
    return undefined;
  }
  const state: UrlState = {
    story: read('story'),
    library: read('library'),
    edit: read('edit'),
    event: read('event'),
    from: read('from'),
    to: read('to'),
    view: read('view'),
    mode: read('mode'),
    theme: read('theme'),
    lang: read('lang'),
    controls: read('controls'),
    step: read('step'),
    origin: read('origin'),
  };
  return { state: withoutUndefined(state), problems };
}

/** Drops absent keys so that states compare and spread cleanly. */
function withoutUndefined(state: UrlState): UrlState {
  return Object.fromEntries(Object.entries(state).filter(([, value]) => value !== undefined));
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Writes a query string ("?story=…&event=…"), keys in a fixed order; "" when empty. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  function write<K extends keyof UrlValues>(key: K): void {
    const value: UrlValues[K] | undefined = state[key];
    const field: Field<UrlValues[K]> = schema[key];
    if (value !== undefined) params.set(key, field.write(value));
  }
  URL_KEYS.forEach(write);
  // Commas, colons and slashes are legal in a query; leaving them unescaped keeps
  // ?view=69.5,37.5,5, ?story=local:<id> and ?story=stories/x.json readable.
  const text = params
    .toString()
    .replaceAll('%2C', ',')
    .replaceAll('%3A', ':')
    .replaceAll('%2F', '/');
  return text === '' ? '' : `?${text}`;
}
