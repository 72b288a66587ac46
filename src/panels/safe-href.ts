/**
 * The only gate between a story's URLs and an <a href>: a link is clickable only when it is an
 * absolute http(s) URL. The schema already refuses other schemes; this is the second lock, for
 * stories that reach a panel by another road (an embed host, a future format).
 */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
}
