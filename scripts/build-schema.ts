// Writes the JSON Schemas of the story format from the zod schemas, the one definition of each:
// public/schema/story.schema.json (version 2, the current one) and story.v1.schema.json.
// `--check` fails when a committed file is out of date (CI runs it).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { storySchema } from '../src/story/story-schema';
import { storySchemaV1 } from '../src/story/story-schema-v1';

const INVARIANTS =
  'Invariants beyond this schema (checked by the loader): unique ids, end not before start, ' +
  "every quote a verbatim substring of its source's text, every excerpt source names a source";

const files = [
  {
    path: 'public/schema/story.schema.json',
    schema: {
      ...z.toJSONSchema(storySchema, { io: 'input' }),
      title: 'Dateline story (format 2)',
      description:
        'One news story as events in time and space, each backed by verbatim excerpts of its sources. ' +
        `${INVARIANTS}, precision matching how the dates are written. ` +
        'Dateline also reads format 1 files (story.v1.schema.json) as format 2.',
    },
  },
  {
    path: 'public/schema/story.v1.schema.json',
    schema: {
      ...z.toJSONSchema(storySchemaV1, { io: 'input' }),
      title: 'Dateline story',
      description:
        'One news story as events in time and space, each backed by verbatim excerpts of its sources. ' +
        `${INVARIANTS}.`,
    },
  },
];

const check = process.argv.includes('--check');
let stale = 0;
for (const { path, schema } of files) {
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (check) {
    let committed = '';
    try {
      committed = readFileSync(path, 'utf8');
    } catch {
      // missing counts as out of date
    }
    if (committed === text) console.log(`${path} is up to date`);
    else {
      console.error(`${path} is out of date: run npm run schema`);
      stale += 1;
    }
  } else {
    mkdirSync('public/schema', { recursive: true });
    writeFileSync(path, text);
    console.log(`wrote ${path} (${text.length} bytes)`);
  }
}
if (stale > 0) process.exit(1);
