/**
 * The single-file briefing carries its own Content Security Policy in a <meta> tag: a page opened
 * from a disk has no server to send the header. Its one script and its styles are inline, so the
 * policy allows exactly those by their SHA-256 hashes and nothing else: no other inline code, no
 * eval, no request to anywhere (the story, the basemap and the fonts are all inside the page).
 */
import { createHash } from 'node:crypto';

const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;

function hashOf(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy for a page whose inline scripts and styles are the given texts. */
export function briefingPolicy(scripts: readonly string[], styles: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(hashOf).join(' ') || "'none'"}`,
    `style-src ${styles.map(hashOf).join(' ') || "'none'"}`,
    'img-src data: blob:',
    'font-src data:',
    // MapLibre starts its worker from a URL made of the page's own text and reads it back.
    'worker-src blob: data:',
    'connect-src blob: data:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The page with a <meta> policy first in its head, hashing every inline script and style. */
export function withBriefingPolicy(html: string): string {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const match of html.matchAll(INLINE)) {
    const [, tag = '', attributes = '', body = ''] = match;
    // Scripts loaded by URL, and data blocks (the story and the basemap) that never run.
    if (/\bsrc\s*=/.test(attributes) || /\btype\s*=\s*"application\/json"/i.test(attributes)) {
      continue;
    }
    (tag.toLowerCase() === 'script' ? scripts : styles).push(body);
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${briefingPolicy(scripts, styles)}" />`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('the briefing page has no <head>');
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}
