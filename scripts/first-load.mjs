// What a reader's browser must fetch before the app can run: the entry script, the modules the
// built index.html preloads and its stylesheets (not the chunks loaded later with import(): the
// map engine, modes, dialogs, and what the page preloads for the map beside them). Sizes are gzip level 9, as a static server would send them.
// Usage: node scripts/first-load.mjs [dist]   (prints each file and the total in KB)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The assets index.html asks for up front, in document order, without duplicates. */
export function firstLoadFiles(html) {
  const found = [];
  const tag = /<(script|link)\b[^>]*>/g;
  for (const [element, name] of html.matchAll(tag)) {
    const rel = /\brel="([^"]+)"/.exec(element)?.[1];
    // What the map needs (its stylesheet, the basemap) loads beside the app, not before it runs.
    if (/\bdata-loads="map"/.test(element)) continue;
    const src = /\b(?:src|href)="([^"]+)"/.exec(element)?.[1];
    if (!src || /^[a-z]+:/i.test(src)) continue;
    const wanted = name === 'script' || rel === 'modulepreload' || rel === 'stylesheet';
    if (wanted && !found.includes(src)) found.push(src);
  }
  return found;
}

/** Each first-load file with its gzip size in bytes, and their sum. */
export function firstLoadBytes(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = firstLoadFiles(html).map((src) => ({
    file: src.replace(/^\.?\//, ''),
    gzip: gzipSync(readFileSync(join(dist, src)), { level: 9 }).length,
  }));
  return { files, total: files.reduce((sum, item) => sum + item.gzip, 0) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, total } = firstLoadBytes(process.argv[2] ?? 'dist');
  for (const { file, gzip } of files)
    console.log(`${(gzip / 1024).toFixed(1).padStart(8)} KB  ${file}`);
  console.log(`${(total / 1024).toFixed(1).padStart(8)} KB  first load, gzip`);
}
