// Writes public/schema/story.schema.json from the zod schema, the one definition of the format.
// `--check` fails when the committed file is out of date (CI runs it).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { storySchema } from '../src/story/story-schema';

const path = 'public/schema/story.schema.json';
const schema = {
  ...z.toJSONSchema(storySchema, { io: 'input' }),
  title: 'Dateline story',
  description:
    'One news story as events in time and space, each backed by verbatim excerpts of its sources. ' +
    'Invariants beyond this schema (checked by the loader): unique ids, end not before start, ' +
    "every quote a verbatim substring of its source's text, every excerpt source names a source.",
};
const text = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(path, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (committed !== text) {
    console.error(`${path} is out of date: run npm run schema`);
    process.exit(1);
  }
  console.log(`${path} is up to date`);
} else {
  mkdirSync('public/schema', { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path} (${text.length} bytes)`);
}
