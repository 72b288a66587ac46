/** A tiny static server for browser tests that need their own response headers (a CSP). */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pbf': 'application/x-protobuf',
};

/**
 * Where a page's HTML stops for a while: just after the first `after` in it, for `ms`; as a slow
 * network or a busy machine's parser would, so the browser may paint what came first.
 */
export interface HtmlPause {
  readonly after: string;
  readonly ms: number;
}

/**
 * Serves `root` on 127.0.0.1 at a free port with `headers` on every answer; with `pause`, each
 * HTML page that holds its text arrives in two parts.
 */
export async function serveStatic(
  root: string,
  headers: Record<string, string>,
  pause?: HtmlPause,
): Promise<{ url: string; close: () => Promise<void> }> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, headers).end();
      return;
    }
    response.writeHead(200, {
      ...headers,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    const cut = pause && extname(file) === '.html' ? splitAfter(file, pause.after) : undefined;
    if (!pause || !cut) {
      createReadStream(file).pipe(response);
      return;
    }
    response.write(cut[0]);
    setTimeout(() => response.end(cut[1]), pause.ms);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** The file's text in two parts, cut just after the first `after`; undefined if it has none. */
function splitAfter(file: string, after: string): [string, string] | undefined {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(after);
  if (at < 0) return undefined;
  const end = at + after.length;
  return [text.slice(0, end), text.slice(end)];
}
