/**
 * The Dateline story format, version 1, kept only to publish its JSON Schema
 * (public/schema/story.v1.schema.json): files written to it still load, read as version 2.
 * Version 2 added declared kinds, times of day, events without a place, review, the map block and
 * an optional publication date; everything else is shared with story-schema.ts.
 */
import { z } from 'zod';
import {
  contextFactSchema,
  eventKindSchema,
  excerptSchema,
  idSchema,
  partialDateSchema,
  placeSchema,
  sourceSchema,
  stepSchema,
} from './story-schema';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const sourceSchemaV1 = sourceSchema.extend({ published: partialDateSchema });

const eventSchemaV1 = z.strictObject({
  id: idSchema,
  title: nonEmpty,
  kind: eventKindSchema,
  time: z.strictObject({
    start: partialDateSchema,
    end: partialDateSchema.optional(),
    precision: z.enum(['day', 'month', 'year', 'approximate']),
    note: z.string().optional().describe('How the date was resolved from the text'),
  }),
  place: placeSchema,
  excerpts: z.array(excerptSchema).min(1, 'an event needs at least one excerpt'),
  context: z.array(contextFactSchema).default([]),
});

/** A whole version 1 story, as published in its JSON Schema. */
export const storySchemaV1 = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(1),
  id: idSchema,
  title: nonEmpty,
  summary: z.string().default(''),
  language: z.string().min(2).max(35),
  sources: z.array(sourceSchemaV1).min(1),
  events: z.array(eventSchemaV1),
  steps: z.array(stepSchema).optional(),
});
