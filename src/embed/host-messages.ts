/**
 * The host-page API, both directions, as schemas. Messages from a host page are untrusted:
 * anything that does not parse is ignored (and logged in development), never thrown.
 */
// Before any schema is built: parse without eval (strict Content Security Policy).
import '../story/zod-jitless';
import { z } from 'zod';
import { isPartialDate } from '../time/partial-date';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);
const day = z.string().refine(isPartialDate);

/** What a host page may ask of the frame. */
export const hostMessageSchema = z.discriminatedUnion('type', [
  // "Introduce yourself": the frame answers with 'ready' (once the story is ready) and its
  // height, for a host whose listener started after the frame had already said so.
  z.strictObject({ type: z.literal('dateline:hello') }),
  z.strictObject({ type: z.literal('dateline:select'), eventId: id.nullable() }),
  z.strictObject({ type: z.literal('dateline:setTime'), from: day, to: day }),
  z.strictObject({ type: z.literal('dateline:step'), index: z.number().int().min(0).max(100_000) }),
  z.strictObject({ type: z.literal('dateline:next') }),
  z.strictObject({ type: z.literal('dateline:prev') }),
  z.strictObject({ type: z.literal('dateline:play') }),
  z.strictObject({ type: z.literal('dateline:pause') }),
]);

export type HostMessage = z.infer<typeof hostMessageSchema>;

/** What the frame tells its host. */
export type FrameMessage =
  | { readonly type: 'dateline:ready'; readonly storyId: string; readonly eventCount: number }
  | { readonly type: 'dateline:selected'; readonly eventId: string | null }
  | { readonly type: 'dateline:timechange'; readonly from: string; readonly to: string }
  | { readonly type: 'dateline:resize'; readonly height: number };

/** Parses a message's data; undefined for anything that is not a valid host message. */
export function parseHostMessage(data: unknown): HostMessage | undefined {
  const result = hostMessageSchema.safeParse(data);
  return result.success ? result.data : undefined;
}

/**
 * Whether a message from `origin` may drive the frame. With no allowlist any host may (the
 * messages can only do what a reader's clicks can); with one, only the listed origins.
 */
export function originAllowed(origin: string, allowlist: readonly string[] | undefined): boolean {
  if (!allowlist || allowlist.length === 0) return true;
  return allowlist.includes(origin);
}
