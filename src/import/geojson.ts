/**
 * GeoJSON FeatureCollections whose features carry a time, such as USGS earthquake feeds
 * (`time` in epoch milliseconds, `title`, `place`, `mag`). Which properties are the time, the
 * title and the text is guessed, or asked for (ImportOptions.fields) when it cannot be.
 */
// Before any schema is built: parse without eval (strict Content Security Policy).
import '../story/zod-jitless';
import { z } from 'zod';
import { slugify } from './event-ids';
import { planFields } from './field-guess';
import type { FieldRole, ImportOptions } from './import-file';
import { ImportLog } from './import-log';
import { NOT_FEATURE_COLLECTION, NOT_LIST, shapeRefusal } from './import-words';
import type { ImportedEvent, ImportedKind, ImportedStory } from './imported-story';
import type { Imported } from './read-import';
import { readTimeValue } from './time-value';
import { readGeometry } from './geojson-geometry';

const collectionSchema = z.looseObject({
  type: z.literal('FeatureCollection', NOT_FEATURE_COLLECTION),
  features: z.array(z.unknown(), NOT_LIST),
  metadata: z.looseObject({ title: z.string().nullish(), url: z.string().nullish() }).nullish(),
});

const featureSchema = z.looseObject({
  type: z.literal('Feature', 'is not a Feature'),
  properties: z.record(z.string(), z.unknown()).nullish(),
  geometry: z.unknown().optional(),
  id: z.union([z.string(), z.number()]).nullish(),
});

const ROLES: readonly FieldRole[] = ['time', 'end', 'title', 'text', 'place'];
// Distinct values of a "type" property up to this many make kinds; more is not a category.
const MAX_KINDS = 12;

/** A story from a GeoJSON FeatureCollection. */
export function readGeoJson(json: unknown, fileName: string, options: ImportOptions): Imported {
  const parsed = collectionSchema.safeParse(json);
  if (!parsed.success) return { problem: shapeRefusal(parsed.error.issues, 'geojson', false) };
  const log = new ImportLog();
  const features: {
    number: number;
    properties: Record<string, unknown>;
    geometry: unknown;
    id?: string;
  }[] = [];
  parsed.data.features.forEach((raw, index) => {
    const feature = featureSchema.safeParse(raw);
    if (!feature.success) {
      log.leftOut({ code: 'not-feature' }, 'feature', index + 1);
      return;
    }
    const id = feature.data.id;
    features.push({
      number: index + 1,
      properties: feature.data.properties ?? {},
      geometry: feature.data.geometry,
      ...(id !== undefined && id !== null ? { id: String(id) } : {}),
    });
  });
  if (features.length === 0) return { problem: { code: 'no-features' } };
  const plan = planFields(
    features.map((feature) => feature.properties),
    ROLES,
    ['time'],
    options.fields,
  );
  if (plan.unknown.length > 0) {
    return { problem: { code: 'no-property', names: plan.unknown } };
  }
  const timeField = plan.fields.time;
  if (timeField === undefined) {
    return { problem: { code: 'choose-property' }, needs: plan.needs };
  }
  const chosen = (role: FieldRole) => options.fields?.[role] !== undefined;
  for (const role of ROLES) {
    const field = plan.fields[role];
    if (field !== undefined && !chosen(role))
      log.add({ code: 'guessed-property', role, name: field });
  }
  if (features.some((feature) => typeof feature.properties[timeField] === 'number')) {
    log.add({ code: 'epoch-times' });
  }
  const kinds = kindsOf(features.map((feature) => feature.properties));
  const events: ImportedEvent[] = [];
  for (const feature of features) {
    const event = featureToEvent(feature, plan.fields, timeField, kinds, log);
    if (event) events.push(event);
  }
  const meta = parsed.data.metadata;
  const url = meta?.url && /^https?:\/\//i.test(meta.url) ? meta.url : undefined;
  const story: ImportedStory = {
    title: meta?.title || fileName,
    sourceTitle: meta?.title || fileName,
    ...(url ? { sourceUrl: url, publisher: hostOf(url) } : {}),
    sourceNote: `Imported from "${fileName}" (GeoJSON); the text is each feature's ${describe(plan.fields)}.`,
    kinds: kinds ? [...kinds.values()] : [{ id: 'event', label: 'Event' }],
    events,
  };
  return { story, log };
}

function featureToEvent(
  feature: { number: number; properties: Record<string, unknown>; geometry: unknown; id?: string },
  fields: Partial<Record<FieldRole, string>>,
  timeField: string,
  kinds: Map<string, ImportedKind> | undefined,
  log: ImportLog,
): ImportedEvent | undefined {
  const { number, properties } = feature;
  const start = readTimeValue(properties[timeField]);
  if ('problem' in start) {
    log.leftOut(start.problem, 'feature', number);
    return undefined;
  }
  let time = start.time;
  const endValue = fields.end === undefined ? undefined : properties[fields.end];
  if (endValue !== undefined && endValue !== null && endValue !== '') {
    const end = readTimeValue(endValue);
    if ('problem' in end || end.time.precision !== time.precision || end.time.start < time.start) {
      log.add({ code: 'end-misfit' }, 'feature', number);
    } else if (end.time.start !== time.start) time = { ...time, end: end.time.start };
  }
  const text = textOf(properties, fields.text);
  const placeName = textOf(properties, fields.place);
  const title = textOf(properties, fields.title) || placeName || `Feature ${number}`;
  const geometry = readGeometry(feature.geometry, properties, placeName || title);
  if ('problem' in geometry) log.add(geometry.problem, 'feature', number);
  else if (geometry.dropped) log.add(geometry.dropped, 'feature', number);
  const kindValue = typeof properties.type === 'string' ? slugify(properties.type) : '';
  return {
    ...(feature.id !== undefined ? { idHint: feature.id } : {}),
    title,
    kind: kinds?.has(kindValue) ? kindValue : 'event',
    time,
    ...('place' in geometry ? { place: geometry.place } : {}),
    text: [title, text].filter((piece) => piece !== '').join('\n'),
    ...(start.guess ? { guesses: [start.guess] } : {}),
  };
}

function textOf(properties: Record<string, unknown>, field: string | undefined): string {
  if (field === undefined) return '';
  const value = properties[field];
  return typeof value === 'string' || typeof value === 'number'
    ? String(value).replace(/\s+/g, ' ').trim()
    : '';
}

/** Kinds from a "type" property with a few distinct values (USGS: earthquake, quarry blast…). */
function kindsOf(
  records: readonly Record<string, unknown>[],
): Map<string, ImportedKind> | undefined {
  const kinds = new Map<string, ImportedKind>();
  for (const record of records) {
    const label = typeof record.type === 'string' ? record.type.trim() : '';
    const id = slugify(label);
    if (id === '' || kinds.has(id)) continue;
    kinds.set(id, { id, label: label.charAt(0).toUpperCase() + label.slice(1) });
    if (kinds.size > MAX_KINDS) return undefined;
  }
  if (kinds.size === 0) return undefined;
  if (records.some((record) => typeof record.type !== 'string' || slugify(record.type) === '')) {
    kinds.set('event', { id: 'event', label: 'Event' });
  }
  return kinds;
}

function describe(fields: Partial<Record<FieldRole, string>>): string {
  const parts = [fields.title, fields.text].filter((field) => field !== undefined);
  return parts.length > 0 ? parts.map((field) => `"${field}"`).join(' and ') : 'place';
}

/** The feed's host ("earthquake.usgs.gov"): the only publisher a feed names. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'Not stated';
  }
}
