/**
 * What the page and the draft worker say to each other, checked with zod on both sides: a
 * message is data from another context, never trusted as it comes.
 */
// Before any schema is built: parse without eval (strict Content Security Policy).
import '../story/zod-jitless';
import { z } from 'zod';

export const draftRequestSchema = z.strictObject({
  type: z.literal('draft'),
  id: z.number().int(),
  text: z.string(),
  published: z.string().optional(),
  language: z.string().min(2).max(35).optional(),
  title: z.string().optional(),
  publisher: z.string().optional(),
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
  z.strictObject({ type: z.literal('error'), id: z.number(), message: z.string() }),
]);

export type DraftRequest = z.infer<typeof draftRequestSchema>;
export type DraftReply = z.infer<typeof draftReplySchema>;
export type DraftDone = Extract<DraftReply, { type: 'done' }>;
