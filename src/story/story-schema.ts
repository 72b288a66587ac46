/**
 * The Dateline story format, version 1: a published format (see README and
 * public/schema/story.schema.json, generated from this file by `npm run schema`).
 * Types are inferred from these schemas; nothing here is written twice.
 */
// Before any schema is built: parse without eval (strict Content Security Policy).
import './zod-jitless';
import { z } from 'zod';
import { isPartialDate } from '../time/partial-date';

const ID = /^[a-z0-9][a-z0-9-]*$/;

const id = z
  .string()
  .regex(ID, 'must be lowercase letters, digits and hyphens, e.g. "csto-exercises"')
  .max(80);

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
    message: 'is not a date: write YYYY, YYYY-MM or YYYY-MM-DD',
    abort: true,
  })
  .refine(isPartialDate, 'is not a real date');

/** Only web links: a story must never smuggle in javascript: or data: URLs. */
export const webUrlSchema = z
  .string()
  .regex(/^https?:\/\//i, { message: 'is not an http(s) URL', abort: true })
  .refine((text) => {
    try {
      const url = new URL(text);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'is not an http(s) URL');

const longitude = z.number().min(-180, 'longitude below -180').max(180, 'longitude above 180');
const latitude = z.number().min(-90, 'latitude below -90').max(90, 'latitude above 90');
const position = z.tuple([longitude, latitude]);
const ring = z.array(position).min(4, 'a polygon ring needs at least 4 positions');
const line = z.array(position).min(2, 'a line needs at least 2 positions');

export const geometrySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Point'), coordinates: position }),
  z.strictObject({ type: z.literal('MultiPoint'), coordinates: z.array(position).min(1) }),
  z.strictObject({ type: z.literal('LineString'), coordinates: line }),
  z.strictObject({ type: z.literal('MultiLineString'), coordinates: z.array(line).min(1) }),
  z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.strictObject({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(ring).min(1)).min(1),
  }),
]);

export const sourceSchema = z.strictObject({
  id,
  title: nonEmpty,
  publisher: nonEmpty,
  url: webUrlSchema.optional(),
  published: partialDateSchema,
  language: z.string().min(2).max(35).describe('BCP 47 language tag, e.g. "en"'),
  note: z.string().optional().describe('Provenance, e.g. that the text is a translation'),
  text: nonEmpty.describe('The full article text; paragraphs separated by a blank line'),
});

/** Where a fact from outside the article comes from. */
export const citationSchema = z
  .strictObject({
    title: nonEmpty,
    publisher: nonEmpty,
    url: webUrlSchema.optional(),
    citation: z.string().optional(),
    published: partialDateSchema.optional(),
  })
  .describe('A source outside the article: give a url, a citation, or both');

export const eventKindSchema = z.enum([
  'exercise',
  'military-presence',
  'conflict',
  'diplomacy',
  'statement',
  'policy',
]);

export const precisionSchema = z.enum(['day', 'month', 'year', 'approximate']);

export const eventTimeSchema = z.strictObject({
  start: partialDateSchema,
  end: partialDateSchema.optional(),
  precision: precisionSchema,
  note: z.string().optional().describe('How the date was resolved from the text'),
});

export const placeSchema = z.strictObject({
  name: nonEmpty,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code such as "TJ"')
    .optional(),
  geometry: geometrySchema,
  uncertaintyKm: z.number().min(0, 'cannot be negative').max(5000),
  note: z.string().optional().describe('How the place was located'),
});

export const excerptSchema = z.strictObject({
  source: id.describe('The id of a source in this story'),
  quote: nonEmpty.describe("Verbatim: must occur exactly in the source's text"),
});

export const contextFactSchema = z.strictObject({
  text: nonEmpty,
  source: citationSchema,
});

export const eventSchema = z.strictObject({
  id,
  title: nonEmpty,
  kind: eventKindSchema,
  time: eventTimeSchema,
  place: placeSchema,
  excerpts: z.array(excerptSchema).min(1, 'an event needs at least one excerpt'),
  context: z.array(contextFactSchema).default([]),
});

export const cameraSchema = z.strictObject({
  center: position,
  zoom: z.number().min(0).max(22),
});

export const stepSchema = z.strictObject({
  event: id,
  notes: z.string().optional().describe('Speaker notes for the presenter view'),
  camera: cameraSchema.optional(),
  from: partialDateSchema.optional(),
  to: partialDateSchema.optional(),
});

/** The envelope: everything except events and steps must be valid for a story to load at all. */
export const storyEnvelopeSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(1),
  id,
  title: nonEmpty,
  summary: z.string().default(''),
  language: z.string().min(2).max(35),
  sources: z.array(z.unknown()).min(1, 'a story needs at least one source'),
  events: z.array(z.unknown()),
  steps: z.array(z.unknown()).optional(),
});

/** The whole story, as published in the JSON Schema. */
export const storySchema = storyEnvelopeSchema.extend({
  sources: z.array(sourceSchema).min(1),
  events: z.array(eventSchema),
  steps: z.array(stepSchema).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type EventKind = z.infer<typeof eventKindSchema>;
export type Geometry = z.infer<typeof geometrySchema>;
export type StoryEventInput = z.infer<typeof eventSchema>;
export type StepInput = z.infer<typeof stepSchema>;
export type StoryFile = z.infer<typeof storySchema>;
