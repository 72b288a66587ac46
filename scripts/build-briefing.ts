/**
 * npm run build:briefing [-- --story <id>]: writes dist-briefing/<id>.html, one self-contained
 * file with the app, the story, the basemap and the fonts, for a laptop with no network.
 * With --template (run by `npm run build`), writes dist/briefing-template.html instead: the
 * same page with a placeholder story, which the app fills to make a briefing in the browser.
 * Open it straight from the disk; add ?mode=present to the address to present.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { withBriefingPolicy } from './briefing-csp';
import { BRIEFING_TEMPLATE_FILE } from '../src/briefing/fill-template';
import {
  BRIEFING_DIR,
  DEFAULT_BRIEFING_STORY,
  briefingConfig,
  briefingTemplateConfig,
} from '../vite.briefing.config';

/** Past this a briefing is slow to open and to copy around; say so. */
const SIZE_WARNING_BYTES = 4 * 1024 * 1024;

const { values } = parseArgs({
  options: {
    story: { type: 'string', default: DEFAULT_BRIEFING_STORY },
    // The template the running app fills with the story on screen, written into the app's dist/.
    template: { type: 'boolean', default: false },
    // Where the template goes: the app's build folder.
    out: { type: 'string', default: 'dist' },
  },
});
const story = values.story ?? DEFAULT_BRIEFING_STORY;

// A briefing is always a reader's file: React's production build, whatever NODE_ENV the caller
// runs under (the briefing test runs this from vitest, which sets "test": that briefing carried
// React's development build, 250 KB more than the one people get, and went over its budget).
process.env.NODE_ENV = 'production';

try {
  const config = values.template ? briefingTemplateConfig(values.out) : briefingConfig(story);
  await build({ ...config, configFile: false, logLevel: 'warn' });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const file = values.template
  ? `${values.out ?? 'dist'}/${BRIEFING_TEMPLATE_FILE}`
  : `${BRIEFING_DIR}/${story}.html`;
writeFileSync(file, withBriefingPolicy(readFileSync(file, 'utf8')));
const bytes = statSync(file).size;
const megabytes = (bytes / 1024 / 1024).toFixed(2);
console.log(`${file}: ${megabytes} MB. Open it from the disk; add ?mode=present to present.`);
if (bytes > SIZE_WARNING_BYTES) {
  console.warn(`warning: ${file} is larger than ${SIZE_WARNING_BYTES / 1024 / 1024} MB`);
}
