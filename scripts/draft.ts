// npm run draft -- <article.txt|article.html> [--published YYYY-MM-DD] [--language en]
//                  --out story.json --annotations annotations.json
// Drafts a story from an article with the same code the browser runs; see src/draft/.
import { readFileSync, writeFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { draftArticle } from '../src/draft/draft';
import { buildGazetteer } from '../src/draft/gazetteer';
import { extractArticle } from '../src/draft/html';

const USAGE =
  'usage: npm run draft -- <article.txt|article.html> [--published YYYY-MM-DD] [--language en] --out story.json --annotations annotations.json';

function parseArgs(argv: string[]): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--')) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value`);
      args.set(arg.slice(2), value);
      i += 1;
    } else if (!args.has('input')) args.set('input', arg);
    else throw new Error(`unexpected argument '${arg}'`);
  }
  return args;
}

function main(): number {
  let args: Map<string, string>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`draft: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const input = args.get('input');
  if (!input) {
    console.error(USAGE);
    return 2;
  }
  const published = args.get('published');
  if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
    console.error(`draft: --published must be YYYY-MM-DD, got '${published}'`);
    return 2;
  }
  let raw: string;
  try {
    raw = readFileSync(input, 'utf8');
  } catch (error) {
    console.error(
      `draft: cannot read ${input}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  const gazetteer = buildGazetteer(
    JSON.parse(readFileSync(new URL('../src/draft/gazetteer-data.json', import.meta.url), 'utf8')),
  );
  const isHtml = /\.html?$/i.test(input) || /^\s*<(?:!doctype|html)/i.test(raw);
  let text = raw;
  let meta: { title?: string; published?: string; publisher?: string; language?: string } = {};
  const notes: string[] = [];
  if (isHtml) {
    // jsdom runs no scripts and loads no resources unless asked to; it is not asked.
    const article = extractArticle(new JSDOM(raw).window.document);
    text = article.text;
    meta = article;
    notes.push(...article.messages);
  }
  const result = draftArticle(text, gazetteer, {
    ...((published ?? meta.published) ? { published: published ?? meta.published } : {}),
    language: args.get('language') ?? meta.language?.slice(0, 2) ?? 'en',
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.publisher ? { publisher: meta.publisher } : {}),
  });
  const out = args.get('out');
  const annotations = args.get('annotations');
  if (out) writeFileSync(out, JSON.stringify(result.story, null, 2) + '\n');
  if (annotations) writeFileSync(annotations, JSON.stringify(result.annotations, null, 2) + '\n');
  for (const message of [...notes, ...result.messages]) console.error(`draft: ${message}`);
  const { times, places } = result.annotations;
  console.log(
    `draft: ${result.eventCount} events, ${times.length} time expressions, ${places.length} place names${out ? ` → ${out}` : ''}`,
  );
  return 0;
}

process.exitCode = main();
