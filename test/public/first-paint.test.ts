/**
 * The prerendered page's head script (public/first-paint.js): it puts a link's ?theme on the
 * page as the app's own schema reads it, and it starts the app after the first paint only when
 * the prerendered view is what the app will show (else the reader would see that view painted,
 * then removed).
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { prerenderFits } from '../../src/app/prerender-takeover';
import { pickLocale } from '../../src/i18n/locale';
import { parseUrlState } from '../../src/state/url-state';

const SCRIPT = readFileSync('public/first-paint.js', 'utf8');
const ENTRY = './assets/index.js';

interface Run {
  /** The data-theme left on <html>. */
  readonly theme: string | undefined;
  /**
   * When the entry module is added: at once (the page is parsed), after a frame (or the timer
   * that stands in for one), or never.
   */
  readonly start: 'at once' | 'after a frame' | 'never';
  /** Whether it is added, on a page that gets no frame, once its timers have run. */
  readonly startsWithoutFrames: boolean;
}

/**
 * Runs the script on a parsed page opened with `search`, made for the link `page` (its
 * data-search), in a browser set to `languages`; `entry` is its data-entry.
 */
function run(
  search: string,
  page = '',
  languages: readonly string[] = ['en-US'],
  entry: string | null = ENTRY,
): Run {
  const dataset: Record<string, string> = {};
  const added: string[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const attributes: Record<string, string> = { 'data-search': page };
  if (entry) attributes['data-entry'] = entry;
  runInNewContext(SCRIPT, {
    window: { location: { search } },
    navigator: { languages },
    document: {
      documentElement: { dataset },
      readyState: 'complete',
      currentScript: { getAttribute: (name: string) => attributes[name] ?? null },
      createElement: () => ({}),
      head: { appendChild: (script: { src: string }) => added.push(script.src) },
    },
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    setTimeout: (callback: () => void) => timers.push(callback),
    URLSearchParams,
  });
  const atOnce = added.length > 0;
  for (const timer of timers) timer();
  const startsWithoutFrames = added.length > 0;
  for (const frame of frames) frame();
  const start = atOnce ? 'at once' : added.length > 0 ? 'after a frame' : 'never';
  // Once, and the entry itself, however many frames and timers ran.
  expect(added.length).toBeLessThanOrEqual(1);
  expect(added.every((src) => src === ENTRY)).toBe(true);
  return { theme: dataset.theme, start, startsWithoutFrames };
}

const LINKS = [
  '',
  '?theme=light',
  '?theme=dark',
  '?mode=embed&theme=dark',
  '?theme=Dark',
  '?theme=',
  '?theme=dark&theme=light',
  '?theme=%64ark',
  '?theme=dark%20',
  '?theme=light;background:red',
];

describe('the theme a link puts on the page before it is painted', () => {
  for (const search of LINKS) {
    it(`is the app's own reading of "${search}"`, () => {
      expect(run(search).theme).toBe(parseUrlState(search).state.theme);
    });
  }

  it('sets dark for ?theme=dark', () => {
    expect(run('?theme=dark').theme).toBe('dark');
  });
});

/** The pages the build prerenders (scripts/prerender.mjs), with the search each is made for. */
const PAGES = [
  { search: '', mode: 'app' },
  { search: '?mode=embed', mode: 'embed' },
  { search: '?mode=present', mode: 'present' },
] as const;
const OTHER_LINKS = [
  ...LINKS,
  '?mode=embed',
  '?mode=present',
  '?mode=present&step=2',
  '?story=sahel-2023',
  '?story=csto-2021',
  '?lang=ru',
  '?lang=en',
  '?event=csto-drills',
  '?from=2021-01-01',
  '?library',
  '?mode=embed&lang=fa',
];
const LANGUAGES = [['en-US'], ['ru-RU', 'en'], ['de', 'fa'], ['de'], [], ['prs', 'en']];

describe('when the page starts the app', () => {
  it('starts it after the first paint on each page’s own plain link', () => {
    for (const page of PAGES) {
      expect(run(page.search, page.search).start).toBe('after a frame');
      expect(run(`${page.search}${page.search ? '&' : '?'}theme=dark`, page.search).start).toBe(
        'after a frame',
      );
    }
  });

  it('paints the view first only for links whose first view it is', () => {
    for (const page of PAGES) {
      for (const search of OTHER_LINKS) {
        for (const languages of LANGUAGES) {
          const { start } = run(search, page.search, languages);
          const fits = prerenderFits(search, 'csto-2021', pickLocale(undefined, languages), page.mode);
          if (start === 'after a frame') expect(fits, `${page.mode} ${search} ${languages}`).toBe(true);
          else expect(start).toBe('at once');
        }
      }
    }
  });

  it('starts it on a page that gets no frame (a hidden tab), once its timer has run', () => {
    for (const page of PAGES) expect(run(page.search, page.search).startsWithoutFrames).toBe(true);
  });

  it('starts nothing on a page without an entry to start', () => {
    expect(run('', '', ['en'], null).start).toBe('never');
  });
});
