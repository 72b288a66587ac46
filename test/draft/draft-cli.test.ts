// npm run draft: the command-line contract the evaluation relies on.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/story/parse-story';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dateline-draft-'));

function draft(input: string, ...flags: string[]) {
  const out = join(dir, 'story.json');
  const annotations = join(dir, 'annotations.json');
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      join(root, 'scripts/draft.ts'),
      input,
      ...flags,
      '--out',
      out,
      '--annotations',
      annotations,
    ],
    { cwd: root, stdio: 'pipe' },
  );
  return {
    story: JSON.parse(readFileSync(out, 'utf8')),
    annotations: JSON.parse(readFileSync(annotations, 'utf8')),
  };
}

describe('npm run draft', () => {
  it('drafts a .txt article into a valid story and annotations with offsets into the file', () => {
    const file = join(dir, 'article.txt');
    const text =
      'Talks\n\nOfficials will meet in Moscow on Tuesday. The war began in 2001 in Afghanistan.\n';
    writeFileSync(file, text);
    const { story, annotations } = draft(file, '--published', '2021-10-18', '--language', 'en');
    expect(parseStory(story).ok).toBe(true);
    expect(annotations.text).toBe(text);
    const tuesday = annotations.times.find((t: { text: string }) => t.text === 'Tuesday');
    expect([text.slice(tuesday.start, tuesday.end), tuesday.value, tuesday.precision]).toEqual([
      'Tuesday',
      '2021-10-19',
      'day',
    ]);
    const moscow = annotations.places.find((p: { text: string }) => p.text === 'Moscow');
    expect([moscow.country, Math.round(moscow.lat)]).toEqual(['RU', 56]);
  }, 60_000);

  it('takes the publication date from a saved page, and says it is unknown when absent', () => {
    const file = join(dir, 'page.html');
    writeFileSync(
      file,
      '<html><head><meta property="article:published_time" content="2021-10-18T08:00:00Z"><script>throw 1</script></head><body><article><h1>Talks</h1><p>Officials will meet in Moscow on Tuesday to discuss Afghanistan and the border, a spokesman said in a statement.</p></article></body></html>',
    );
    const { story, annotations } = draft(file);
    expect(story.sources[0].published).toBe('2021-10-18');
    expect(annotations.times.find((t: { text: string }) => t.text === 'Tuesday').value).toBe(
      '2021-10-19',
    );
    const plain = join(dir, 'undated.txt');
    writeFileSync(plain, 'Officials will meet in Moscow on Tuesday.');
    const undated = draft(plain);
    expect(undated.story.sources[0].published).toBeUndefined();
    expect(undated.annotations.times[0].unresolved).toBe(true);
  }, 60_000);
});
