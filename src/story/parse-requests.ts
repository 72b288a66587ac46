/**
 * What the page may ask the story-parsing worker (parse.worker.ts): a story file's bytes as they
 * arrive, or its whole text, then "end" (parse what came) or "cancel" (drop it). The worker
 * reads every message through this schema: anything else is answered with an error, never run.
 */
// Before any schema is built: parse without eval (strict Content Security Policy).
import './zod-jitless';
import { z } from 'zod';

const jobId = z.number().int().nonnegative();

export const parseRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('chunk'), id: jobId, bytes: z.instanceof(Uint8Array) }),
  z.strictObject({ type: z.literal('text'), id: jobId, text: z.string() }),
  z.strictObject({ type: z.literal('end'), id: jobId }),
  z.strictObject({ type: z.literal('cancel'), id: jobId }),
]);

export type ParseRequest = z.infer<typeof parseRequestSchema>;
