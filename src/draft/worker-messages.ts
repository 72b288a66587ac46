/**
 * What the page and the draft worker say to each other (a draft, or a search of its gazetteer),
 * checked with zod on both sides: a message is data from another context, never trusted as it
 * comes.
 */
// Before any schema is built: parse without eval (strict Content Security Policy).
import '../story/zod-jitless';
import { z } from 'zod';
import { geometrySchema } from '../story/story-schema';

export const draftRequestSchema = z.strictObject({
  type: z.literal('draft'),
  id: z.number().int(),
  text: z.string(),
  published: z.string().optional(),
  language: z.string().min(2).max(35).optional(),
  title: z.string().optional(),
  publisher: z.string().optional(),
});

/** The editor's place search, run where the gazetteer is built: off the page's thread. */
export const searchRequestSchema = z.strictObject({
  type: z.literal('search'),
  id: z.number().int(),
  query: z.string().max(200),
  limit: z.number().int().min(1).max(50).optional(),
});

export const workerRequestSchema = z.discriminatedUnion('type', [
  draftRequestSchema,
  searchRequestSchema,
]);

const placeChoice = z.strictObject({
  kind: z.enum(['country', 'region', 'capital', 'town']),
  name: z.string(),
  country: z.string().optional(),
  place: z.strictObject({
    name: z.string(),
    country: z.string().optional(),
    geometry: geometrySchema,
    uncertaintyKm: z.number(),
  }),
});

const timeAnnotation = z.object({
  start: z.number(),
  end: z.number(),
  text: z.string(),
  value: z.string().optional(),
  precision: z.string(),
  unresolved: z.boolean().optional(),
});

const placeAnnotation = z.object({
  start: z.number(),
  end: z.number(),
  text: z.string(),
  name: z.string(),
  country: z.string().optional(),
  lon: z.number(),
  lat: z.number(),
  uncertaintyKm: z.number(),
  level: z.string(),
});

export const draftReplySchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('progress'),
    id: z.number(),
    step: z.string(),
    fraction: z.number().min(0).max(1),
  }),
  z.strictObject({
    type: z.literal('done'),
    id: z.number(),
    story: z.unknown(),
    messages: z.array(z.string()),
    eventCount: z.number(),
    times: z.array(timeAnnotation),
    places: z.array(placeAnnotation),
    seconds: z.number(),
  }),
  z.strictObject({ type: z.literal('places'), id: z.number(), choices: z.array(placeChoice) }),
  z.strictObject({ type: z.literal('error'), id: z.number(), message: z.string() }),
]);

export type DraftRequest = z.infer<typeof draftRequestSchema>;
export type SearchRequest = z.infer<typeof searchRequestSchema>;
export type DraftReply = z.infer<typeof draftReplySchema>;
export type DraftDone = Extract<DraftReply, { type: 'done' }>;
