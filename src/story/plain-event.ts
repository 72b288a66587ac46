/**
 * A quicker reading of the common event: the schema (zod, run without eval under the strict
 * Content Security Policy) was the largest part of checking a 100,000-event story. An event
 * written the plain way (a point, no context or review, no space around its words) is read here
 * with the same rules and given exactly as the schema would give it (the same keys in the same
 * order, `context` defaulted to []); any other event, and every bad one, is left to the schema,
 * so each problem is still worded and placed by the schema alone. This reading may only ever
 * pass less than the schema does, never more: whatever it is unsure of, it leaves.
 */
import { isDateText } from '../time/partial-date';
import {
  COUNTRY_CODE_FORM,
  EVENT_DATE_FORM,
  ID_FORM,
  ID_MAX,
  precisionSchema,
  type StoryEventInput,
} from './story-schema';

/**
 * The fields read here, by object. Not taken from the schema: a field the schema gained would
 * then pass here unread and be dropped. A test holds them to the schema's fields instead.
 */
export const EVENT_KEYS: ReadonlySet<string> = new Set([
  'id',
  'title',
  'kind',
  'time',
  'place',
  'excerpts',
  'context',
]);
export const TIME_KEYS: ReadonlySet<string> = new Set(['start', 'end', 'precision', 'note']);
export const PLACE_KEYS: ReadonlySet<string> = new Set([
  'name',
  'country',
  'geometry',
  'uncertaintyKm',
  'note',
]);
export const EXCERPT_KEYS: ReadonlySet<string> = new Set(['source', 'quote']);

type Fields = Record<string, unknown>;
type Time = StoryEventInput['time'];
type Place = NonNullable<StoryEventInput['place']>;
type Excerpt = StoryEventInput['excerpts'][number];

/** The event as the schema would give it, or undefined when it is not plainly valid. */
export function readPlainEvent(item: unknown): StoryEventInput | undefined {
  const fields = plainObject(item, EVENT_KEYS);
  if (!fields) return undefined;
  const { id, title, kind, context } = fields;
  if (!isId(id) || !isId(kind) || !isWords(title)) return undefined;
  // Facts from outside the article are rare: a story that has them is read by the schema.
  if ('context' in fields && !(Array.isArray(context) && context.length === 0)) return undefined;
  const time = readTime(fields.time);
  const place = 'place' in fields ? readPlace(fields.place) : undefined;
  const excerpts = readExcerpts(fields.excerpts);
  if (!time || !excerpts || ('place' in fields && !place)) return undefined;
  return { id, title, kind, time, ...(place ? { place } : {}), excerpts, context: [] };
}

function readTime(value: unknown): Time | undefined {
  const fields = plainObject(value, TIME_KEYS);
  if (!fields) return undefined;
  const { start, end, precision, note } = fields;
  const known = precisionOf(precision);
  if (!isEventDate(start) || !known) return undefined;
  if ('end' in fields && !isEventDate(end)) return undefined;
  if ('note' in fields && typeof note !== 'string') return undefined;
  return {
    start,
    ...(typeof end === 'string' ? { end } : {}),
    precision: known,
    ...(typeof note === 'string' ? { note } : {}),
  };
}

function readPlace(value: unknown): Place | undefined {
  const fields = plainObject(value, PLACE_KEYS);
  if (!fields) return undefined;
  const { name, country, geometry, uncertaintyKm, note } = fields;
  if (!isWords(name) || !isNumberIn(uncertaintyKm, 0, 5000)) return undefined;
  if ('country' in fields && !(typeof country === 'string' && COUNTRY_CODE_FORM.test(country))) {
    return undefined;
  }
  if ('note' in fields && typeof note !== 'string') return undefined;
  const point = readPoint(geometry);
  if (!point) return undefined;
  return {
    name,
    ...(typeof country === 'string' ? { country } : {}),
    geometry: point,
    uncertaintyKm,
    ...(typeof note === 'string' ? { note } : {}),
  };
}

/** A point only: lines and areas are few, and the schema reads them. */
function readPoint(value: unknown): Place['geometry'] | undefined {
  const fields = plainObject(value, new Set(['type', 'coordinates']));
  if (!fields || fields.type !== 'Point' || !Array.isArray(fields.coordinates)) return undefined;
  const [longitude, latitude, ...rest] = fields.coordinates;
  if (rest.length > 0 || fields.coordinates.length !== 2) return undefined;
  if (!isNumberIn(longitude, -180, 180) || !isNumberIn(latitude, -90, 90)) return undefined;
  return { type: 'Point', coordinates: [longitude, latitude] };
}

function readExcerpts(value: unknown): Excerpt[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const excerpts: Excerpt[] = [];
  for (const item of value) {
    const fields = plainObject(item, EXCERPT_KEYS);
    if (!fields) return undefined;
    const { source, quote } = fields;
    if (!isId(source) || !isWords(quote)) return undefined;
    excerpts.push({ source, quote });
  }
  return excerpts;
}

/**
 * The object's own fields when it is a plain object whose keys are all allowed and none is
 * undefined (the schema keeps a key given as undefined; JSON never writes one, so it is left to
 * the schema rather than matched here).
 */
function plainObject(value: unknown, allowed: ReadonlySet<string>): Fields | undefined {
  if (!isRecord(value) || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  // Read in place, not copied: a plain object's for-in visits its own keys only.
  for (const key in value) {
    if (!allowed.has(key) || value[key] === undefined) return undefined;
  }
  return value;
}

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= ID_MAX && ID_FORM.test(value);
}

/** Non-empty text the schema would keep as it is (its trim would change nothing). */
function isWords(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.trim() === value;
}

function isEventDate(value: unknown): value is string {
  return typeof value === 'string' && EVENT_DATE_FORM.test(value) && isDateText(value);
}

function isNumberIn(value: unknown, low: number, high: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= low && value <= high;
}

function precisionOf(value: unknown): Time['precision'] | undefined {
  return precisionSchema.options.find((option) => option === value);
}
