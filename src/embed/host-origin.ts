/**
 * Who may drive an embedded frame, and where its replies go. Pure decisions; the hook in
 * use-host-bridge.ts feeds them the page's facts (the link, the build setting, the referrer).
 *
 * - Allowlists: the link's `?origin=` and the build's VITE_DATELINE_ALLOWED_ORIGINS. With
 *   neither, any host page may drive the frame (its messages can do only what a reader's clicks
 *   can). With one, only its origins may. With both, only origins on both: a link can narrow
 *   the publisher's list, never widen it.
 * - Replies never go to "*". Once a host has spoken, to its origin. Before that, to the parent
 *   page's origin as the browser reports it (location.ancestorOrigins, else document.referrer),
 *   if the allowlist admits it. If the parent's origin is hidden (referrerpolicy="no-referrer")
 *   the frame posts to each allowlisted origin — the browser delivers only to the one that
 *   matches — and with no allowlist it stays silent until the host sends a message
 *   (`dateline:hello` is for exactly that).
 */
import { parseUrlState } from '../state/url-state';

/** Any host page may drive the frame, or only the listed origins (possibly none). */
export type OriginPolicy =
  { readonly kind: 'any' } | { readonly kind: 'only'; readonly origins: readonly string[] };

/**
 * Reads the build setting: origins separated by spaces, checked by the same rules as the link's
 * `?origin=`. A setting that is there but malformed admits nobody: a typo must not open the frame.
 */
export function parseOriginSetting(setting: unknown): readonly string[] | undefined {
  if (typeof setting !== 'string' || setting.trim() === '') return undefined;
  const query = new URLSearchParams({ origin: setting.trim() }).toString();
  return parseUrlState(`?${query}`).state.origin ?? [];
}

/** The policy for a frame opened with the link's origins and built with the setting's. */
export function originPolicy(
  fromLink: readonly string[] | undefined,
  fromBuild: readonly string[] | undefined,
): OriginPolicy {
  if (fromLink === undefined && fromBuild === undefined) return { kind: 'any' };
  if (fromLink === undefined || fromBuild === undefined) {
    return { kind: 'only', origins: fromLink ?? fromBuild ?? [] };
  }
  return { kind: 'only', origins: fromLink.filter((origin) => fromBuild.includes(origin)) };
}

/** Whether a message from `origin` may drive the frame. */
export function mayDrive(policy: OriginPolicy, origin: string): boolean {
  return policy.kind === 'any' || policy.origins.includes(origin);
}

/** An http(s) origin from a URL or origin string; undefined for "", "null" and anything else. */
function webOrigin(text: string | undefined): string | undefined {
  if (text === undefined || text === '') return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The parent page's origin as far as the browser says: `location.ancestorOrigins[0]` where it
 * exists (Chromium, Safari), else the origin of `document.referrer`.
 */
export function parentOriginOf(
  ancestorOrigin: string | undefined,
  referrer: string,
): string | undefined {
  return webOrigin(ancestorOrigin) ?? webOrigin(referrer);
}

/** The origins the frame's messages go to now (often one, possibly none). */
export function replyTargets(
  policy: OriginPolicy,
  parentOrigin: string | undefined,
  hostOrigin: string | undefined,
): readonly string[] {
  if (hostOrigin !== undefined) return [hostOrigin];
  if (parentOrigin !== undefined) return mayDrive(policy, parentOrigin) ? [parentOrigin] : [];
  return policy.kind === 'only' ? policy.origins : [];
}
