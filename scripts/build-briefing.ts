/**
 * npm run build:briefing [-- --story <id>]: writes dist-briefing/<id>.html, one self-contained
 * file with the app, the story, the basemap and the fonts, for a laptop with no network.
 * Open it straight from the disk; add ?mode=present to the address to present.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { withBriefingPolicy } from './briefing-csp';
import { BRIEFING_DIR, DEFAULT_BRIEFING_STORY, briefingConfig } from '../vite.briefing.config';

/** Past this a briefing is slow to open and to copy around; say so. */
const SIZE_WARNING_BYTES = 4 * 1024 * 1024;

const { values } = parseArgs({
  options: { story: { type: 'string', default: DEFAULT_BRIEFING_STORY } },
});
const story = values.story ?? DEFAULT_BRIEFING_STORY;

try {
  await build({ ...briefingConfig(story), configFile: false, logLevel: 'warn' });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const file = `${BRIEFING_DIR}/${story}.html`;
writeFileSync(file, withBriefingPolicy(readFileSync(file, 'utf8')));
const bytes = statSync(file).size;
const megabytes = (bytes / 1024 / 1024).toFixed(2);
console.log(`${file}: ${megabytes} MB. Open it from the disk; add ?mode=present to present.`);
if (bytes > SIZE_WARNING_BYTES) {
  console.warn(`warning: ${file} is larger than ${SIZE_WARNING_BYTES / 1024 / 1024} MB`);
}
