import { readFileSync } from 'node:fs';
import { importStoryFile, type ImportOptions } from '../../src/import/import-file';
import { describeNote } from '../fixtures/describe-import';
import type { StoryObject } from './story-checks';

const TIMELINEJS = 'node_modules/@knight-lab/timelinejs/src/template/';

/** A file from TimelineJS's own templates (written by Knight Lab, MPL-2.0, read in place). */
export function timelineTemplate(name: string): { name: string; text: string } {
  return { name, text: readFileSync(`${TIMELINEJS}${name}`, 'utf8') };
}

/** A file from test/fixtures/import. */
export function importFixture(name: string): { name: string; text: string } {
  return { name, text: readFileSync(`test/fixtures/import/${name}`, 'utf8') };
}

/** Imports and insists on success, for tests about what a good import holds. */
export async function importOk(file: { name: string; text: string }, options?: ImportOptions) {
  const result = await importStoryFile(file, options);
  if (!result.ok) throw new Error(`import failed: ${result.problems.join('; ')}`);
  // Notes are codes; tests about what a note says read them in English words.
  return {
    ...result,
    coded: result.notes,
    notes: result.notes.map(describeNote),
    story: result.story as StoryObject,
  };
}
