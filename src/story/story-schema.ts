/**
 * The Dateline story format, version 2: a published format (see README and
 * public/schema/story.schema.json, generated from this file by `npm run schema`; version 1 is in
 * story-schema-v1.ts). Types are inferred from these schemas; nothing here is written twice.
 */
// Before any schema is built: parse without eval (strict Content Security Policy).
import './zod-jitless';
import { z } from 'zod';
import { isDateText, isPartialDate } from '../time/partial-date';
import { EVENT_KIND_IDS, KIND_SYMBOL_NAMES } from './kind-names';
import { rule } from './problem';

/** The forms of an id, a country code and an event's date; plain-event.ts reads them too. */
export const ID_FORM = /^[a-z0-9][a-z0-9-]*$/;
export const COUNTRY_CODE_FORM = /^[A-Z]{2}$/;
export const EVENT_DATE_FORM = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?)?)?)?$/;
/** The longest id. */
export const ID_MAX = 80;

export const idSchema = z.string().regex(ID_FORM, rule('id-form')).max(ID_MAX);

const id = idSchema;

const nonEmpty = z.string().trim().min(1);

/** The newest format this version reads; older ones are read as this one. */
export const FORMAT_VERSION = 2;

export const countryCodeSchema = z.string().regex(COUNTRY_CODE_FORM, rule('country-code'));

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
    message: rule('date-form'),
    abort: true,
  })
  .refine(isPartialDate, rule('real-date'));

/** An event's start or end: a partial date, or a day with a time of day and an optional zone. */
export const eventDateSchema = z
  .string()
  .regex(EVENT_DATE_FORM, {
    message: rule('date-time-form'),
    abort: true,
  })
  .refine(isDateText, rule('real-date-time'));

/** Only web links: a story must never smuggle in javascript: or data: URLs. */
export const webUrlSchema = z
  .string()
  .regex(/^https?:\/\//i, { message: rule('web-url'), abort: true })
  .refine((text) => {
    try {
      const url = new URL(text);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, rule('web-url'));

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);
const position = z.tuple([longitude, latitude]);
const ring = z.array(position).min(4);
const line = z.array(position).min(2);

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
  published: partialDateSchema.optional().describe('Absent when the publication date is unknown'),
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

/** The six kinds of version 1: the kinds of a story that declares none. */
export const eventKindSchema = z.enum(EVENT_KIND_IDS);

/** The symbols a kind can be drawn with (kind-names.ts). */
export const kindSymbolSchema = z.enum(KIND_SYMBOL_NAMES);

/** A kind of event a story declares, and optionally how it looks. */
export const kindDeclarationSchema = z.strictObject({
  id: id.describe('What events write in "kind"'),
  label: nonEmpty.describe('What the legend and the event cards call it'),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, rule('colour'))
    .optional()
    .describe('Absent: a colour-blind-safe default'),
  symbol: kindSymbolSchema.optional().describe('Absent: a default symbol'),
});

export const precisionSchema = z.enum(['minute', 'hour', 'day', 'month', 'year', 'approximate']);

export const eventTimeSchema = z.strictObject({
  start: eventDateSchema,
  end: eventDateSchema.optional(),
  precision: precisionSchema.describe('Must match how the dates are written'),
  note: z.string().optional().describe('How the date was resolved from the text'),
});

export const placeSchema = z.strictObject({
  name: nonEmpty,
  country: countryCodeSchema.optional(),
  geometry: geometrySchema,
  uncertaintyKm: z.number().min(0).max(5000),
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

/** Why a machine's guess needs a person's eye, field by field. */
export const reviewReasonSchema = z.strictObject({
  field: z.enum(['event', 'title', 'kind', 'time', 'place']),
  text: nonEmpty.describe('What was guessed from what, in words'),
  alternatives: z.array(nonEmpty).optional().describe('Other readings a person may choose'),
});

/** Present while an event is a machine's unconfirmed guess (drafts, imports). */
export const reviewSchema = z.strictObject({
  status: z.enum(['guess', 'confirmed']),
  reasons: z.array(reviewReasonSchema).default([]),
});

export const eventSchema = z.strictObject({
  id,
  title: nonEmpty,
  kind: id.describe('A declared kind id, a built-in one, or any id (drawn with a default look)'),
  time: eventTimeSchema,
  place: placeSchema.optional().describe('Absent: the event is not on the map yet'),
  excerpts: z.array(excerptSchema).min(1),
  context: z.array(contextFactSchema).default([]),
  review: reviewSchema.optional(),
});

export const cameraSchema = z.strictObject({
  center: position,
  zoom: z.number().min(0).max(22),
});

/** A shared land border to stand out, e.g. the Panj between Tajikistan and Afghanistan. */
export const mapBorderSchema = z.strictObject({
  countries: z
    .tuple([countryCodeSchema, countryCodeSchema])
    .refine(([a, b]) => a !== b, rule('two-countries')),
  label: nonEmpty.optional(),
});

/** What the map shows: named by the story, never in code. */
export const mapSettingsSchema = z.strictObject({
  view: cameraSchema.optional().describe('The opening camera; absent: fit to the events'),
  focusCountries: z
    .array(countryCodeSchema)
    .optional()
    .describe('Countries drawn set apart (tinted fill, stronger outline)'),
  borders: z.array(mapBorderSchema).optional(),
});

export const stepSchema = z.strictObject({
  event: id,
  notes: z.string().optional().describe('Speaker notes for the presenter view'),
  camera: cameraSchema.optional(),
  from: partialDateSchema.optional(),
  to: partialDateSchema.optional(),
});

/**
 * The envelope: everything except sources, kinds, map, events and steps must be valid for a story
 * to load at all; those are checked one by one so that the valid ones still show.
 * Format 1 is read as format 2 (a version 1 file is a valid version 2 file but for its number).
 */
export const storyEnvelopeSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.union([z.literal(1), z.literal(2)], { error: rule('format-version') }),
  id,
  title: nonEmpty,
  summary: z.string().default(''),
  language: z.string().min(2).max(35),
  sources: z.array(z.unknown()).min(1),
  kinds: z.array(z.unknown()).optional(),
  map: z.unknown().optional(),
  events: z.array(z.unknown()),
  steps: z.array(z.unknown()).optional(),
});

/** The whole story, as published in the JSON Schema. */
export const storySchema = storyEnvelopeSchema.extend({
  format: z.literal(FORMAT_VERSION),
  sources: z.array(sourceSchema).min(1),
  kinds: z.array(kindDeclarationSchema).optional(),
  map: mapSettingsSchema.optional(),
  events: z.array(eventSchema),
  steps: z.array(stepSchema).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citationSchema>;
/** One of the six built-in kinds. */
export type EventKind = z.infer<typeof eventKindSchema>;
export type KindSymbol = z.infer<typeof kindSymbolSchema>;
export type KindDeclaration = z.infer<typeof kindDeclarationSchema>;
export type Geometry = z.infer<typeof geometrySchema>;
export type Review = z.infer<typeof reviewSchema>;
export type ReviewReason = z.infer<typeof reviewReasonSchema>;
export type StoryMapSettings = z.infer<typeof mapSettingsSchema>;
export type MapBorder = z.infer<typeof mapBorderSchema>;
export type StoryEventInput = z.infer<typeof eventSchema>;
export type StepInput = z.infer<typeof stepSchema>;
export type StoryFile = z.infer<typeof storySchema>;
