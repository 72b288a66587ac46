/**
 * The app's frame in Russian and Persian has no English left: every visible text, accessible name,
 * title and value text is checked against the English catalogue and for stray English words, once
 * the story's own words (which keep their language) are taken out.
 */
import { act, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StandardLayout } from '../../src/app/StandardLayout';
import { loadMessages } from '../../src/i18n/load-messages';
import { englishMessages } from '../fixtures/every-area';
import type { Locale } from '../../src/i18n/locale';
import type { LibraryError } from '../../src/library/library-errors';
import { FieldPickerDialog } from '../../src/app/FieldPickerDialog';
import { importStoryFile } from '../../src/import/import-file';
import { ProblemsAlert } from '../../src/app/ProblemsAlert';
import { DEFAULT_STORY } from '../../src/app/start-story';
import { hostedStoryRef } from '../../src/embed/embed-code';
import { HostedStoryField } from '../../src/embed/HostedStoryField';
import { Legend } from '../../src/map/Legend';
import { createDatelineStore } from '../../src/state/store';
import { parseUrlState } from '../../src/state/url-state';
import { parseStory } from '../../src/story/parse-story';
import { StoreProvider } from '../../src/state/store-context';
import { LocaleContext, MessagesContext } from '../../src/ui/messages-context';
import { storeWithStory } from '../fixtures/load-fixture';
import { miniStoryData } from '../fixtures/load-fixture';
import { storyStrings } from '../fixtures/story-strings';
import { stubMatchMedia } from '../fixtures/match-media';

vi.mock('../../src/map/MapView', async () => {
  const { Legend: MapLegend } = await import('../../src/map/Legend');
  return { MapView: () => <MapLegend /> };
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Names that are the same in every language: the product, formats and licences. */
const SAME_EVERYWHERE = /\b(Dateline|JSON|PNG|GeoNames|Natural Earth|CC BY|UTC|WebGL)\b/g;

/** The English catalogue's plain strings that another language must not show. */
function englishStrings(): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string' && /[A-Za-z]{3}/.test(value)) found.push(value.trim());
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(englishMessages);
  return found.filter((text) => text.replace(SAME_EVERYWHERE, '').match(/[A-Za-z]{3}/));
}

/** What the page says: text nodes and the attributes assistive technology and tooltips read. */
function pageTexts(root: HTMLElement): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.trim()) texts.push(node.textContent.trim());
  }
  for (const element of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'aria-valuetext', 'placeholder', 'alt']) {
      const value = element.getAttribute(name);
      if (value) texts.push(value);
    }
  }
  return texts;
}

async function renderIn(locale: Locale) {
  stubMatchMedia(() => false);
  const store = storeWithStory();
  const messages = await loadMessages(locale);
  const view = render(
    <LocaleContext value={locale}>
      <MessagesContext value={messages}>
        <StoreProvider store={store}>
          <StandardLayout />
        </StoreProvider>
      </MessagesContext>
    </LocaleContext>,
  );
  act(() => store.getState().select('joint-exercise', 'list'));
  return view.container;
}

/**
 * The page's texts with the story's own words (and any other words of the file: paths, keys,
 * addresses, given in `own`) and the names shared by all languages removed.
 */
function chromeTexts(
  root: HTMLElement,
  data: unknown = miniStoryData(),
  own: string[] = [],
): string[] {
  const story = [...own, ...storyStrings(data)].sort((a, b) => b.length - a.length);
  return pageTexts(root).map((text) =>
    story.reduce((rest, own) => rest.replaceAll(own, ''), text).replace(SAME_EVERYWHERE, ''),
  );
}

describe.each<Locale>(['ru', 'fa'])('the interface in %s', (locale) => {
  it('shows no message of the English catalogue', async () => {
    const root = await renderIn(locale);
    const english = new Set(englishStrings());
    const left = pageTexts(root).filter((text) => english.has(text));
    expect(left).toEqual([]);
  });

  it('leaves no English word in the frame around the story', async () => {
    const root = await renderIn(locale);
    const left = chromeTexts(root).filter((text) => /[A-Za-z]{3}/.test(text));
    expect(left).toEqual([]);
  });
});

describe('the English catalogue scan', () => {
  it('finds English in an English page, so the scan can fail', async () => {
    const root = await renderIn('en');
    expect(chromeTexts(root).filter((text) => /[A-Za-z]{3}/.test(text)).length).toBeGreaterThan(10);
  });
});

describe('a legend outside the layout', () => {
  it('names the built-in kinds in Persian', async () => {
    const store = storeWithStory();
    const messages = await loadMessages('fa');
    const view = render(
      <MessagesContext value={messages}>
        <StoreProvider store={store}>
          <Legend />
        </StoreProvider>
      </MessagesContext>,
    );
    expect(view.container.textContent).toContain('رزمایش نظامی');
  });
});

describe('direction in Persian', () => {
  it('keeps the timeline axis and its sliders left to right', async () => {
    const root = await renderIn('fa');
    const axis = root.querySelector('.timeline-axis');
    expect(axis).toHaveAttribute('dir', 'ltr');
    expect(axis?.querySelector('[role="slider"]')).not.toBeNull();
  });

  it('lets the story’s own text take its own direction', async () => {
    const root = await renderIn('fa');
    const title = root.querySelector('#details-title');
    expect(title).toHaveAttribute('dir', 'auto');
  });
});

/** A story with a problem of each common kind: it still shows, with an alert listing them. */
function brokenStoryData() {
  const data = miniStoryData();
  const [first, second, third, fourth] = data.events;
  if (!first || !second || !third || !fourth) throw new Error('the mini story has four events');
  return {
    ...data,
    sources: [...data.sources, { ...data.sources[0], url: 'javascript:alert(1)' }],
    events: [
      { ...first, time: { ...first.time, start: '2021-13' } },
      { ...second, id: first.id },
      { ...third, excerpts: [{ source: 'ghost', quote: 'never said' }] },
      { ...fourth, colour: 'red' },
    ],
    steps: [{ event: 'nowhere' }, { event: fourth.id, from: '2021-10', to: '2021-09' }],
  };
}

async function renderProblems(locale: Locale, data: unknown, search = '') {
  const parsed = parseStory(data);
  const { problems: linkProblems } = parseUrlState(search);
  const store = createDatelineStore();
  store.getState().reportLinkProblems(linkProblems);
  store.getState().storyLoaded(parsed);
  const messages = await loadMessages(locale);
  const view = render(
    <MessagesContext value={messages}>
      <StoreProvider store={store}>
        <ProblemsAlert />
      </StoreProvider>
    </MessagesContext>,
  );
  // The notices' code loads when there is a problem to tell.
  await waitFor(() => expect(view.container.querySelector('.notice')).not.toBeNull());
  const paths = [...parsed.problems, ...linkProblems].map((problem) => problem.path);
  return { root: view.container, paths };
}

/** Words a problem line quotes from the file or the link: keys, addresses and values. */
const FILE_WORDS = ['colour', 'javascript:alert(1)', 'blue', 'x', 'light', 'dark', 'http(s)'];

describe.each<Locale>(['ru', 'fa'])('problems in %s', (locale) => {
  it('lists a broken story’s problems with no English left', async () => {
    const { root, paths } = await renderProblems(locale, brokenStoryData(), '?view=x&theme=blue');
    expect(root.querySelectorAll('li').length).toBeGreaterThanOrEqual(6);
    const left = chromeTexts(root, brokenStoryData(), [...paths, ...FILE_WORDS]).filter((text) =>
      /[A-Za-z]{3}/.test(text),
    );
    expect(left).toEqual([]);
  });

  it('says why a story could not be shown with no English left', async () => {
    const { root, paths } = await renderProblems(locale, { format: 3 });
    paths.push(DEFAULT_STORY);
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
    const left = chromeTexts(root, {}, paths).filter((text) => /[A-Za-z]{3}/.test(text));
    expect(left).toEqual([]);
  });

  it('refuses a hosted-story address on another site in its own words', async () => {
    const written = 'https://cdn.example/quake.json';
    const hosted = hostedStoryRef(written, 'https://news.example/dateline/');
    const messages = await loadMessages(locale);
    const view = render(
      <MessagesContext value={messages}>
        <HostedStoryField
          id="hosted"
          value={written}
          problem={hosted.ok ? undefined : hosted.refusal}
          onChange={() => undefined}
        />
      </MessagesContext>,
    );
    const problem = view.container.querySelector('.embed-dialog__problem');
    expect(problem?.textContent).toContain(written);
    const left = chromeTexts(view.container, {}, [written, 'https://news.example', '.json']).filter(
      (text) => /[A-Za-z]{3}/.test(text),
    );
    expect(left).toEqual([]);
  });

  it('asks which columns to use with no English left', async () => {
    const messages = await loadMessages(locale);
    const question = {
      name: 'events.csv',
      text: 'when,what,lat,lon',
      format: 'csv' as const,
      needs: [{ role: 'time' as const, candidates: ['when', 'what'] }],
    };
    const view = render(
      <MessagesContext value={messages}>
        <FieldPickerDialog
          question={question}
          onChoose={async () => []}
          onClose={() => undefined}
        />
      </MessagesContext>,
    );
    const left = chromeTexts(view.container, question).filter((text) => /[A-Za-z]{3}/.test(text));
    expect(left).toEqual([]);
  });
});

/** Files every importer refuses, each for another reason. */
const REFUSED_FILES = [
  { name: 'blank.json', text: '  ' },
  { name: 'sheet.csv', text: 'PK\u0003\u0004' },
  { name: 'page.csv', text: '<!DOCTYPE html><p>hi' },
  { name: 'poem.txt', text: 'Roses are red' },
  { name: 'list.json', text: '[1, 2]' },
  { name: 'point.geojson', text: '{"type": "Feature", "geometry": null}' },
  { name: 'other.json', text: '{"rows": []}' },
  { name: 'pins.json', text: '{"storymap": {"map_as_image": true, "slides": []}}' },
  { name: 'slides.json', text: '{"storymap": {"slides": 3}}' },
  { name: 'events.json', text: '{"events": {}}' },
  { name: 'bad.geojson', text: '{"type": "Collection", "features": []}' },
  { name: 'none.geojson', text: '{"type": "FeatureCollection", "features": []}' },
  { name: 'empty.csv', text: 'date,title\n' },
  { name: 'two.csv', text: 'opened,closed\n2020-01-01,2020-02-01\n' },
  { name: 'old.json', text: '{"events": [{"start_date": {"year": -500}}]}' },
];

/** Words of the file (its name, keys, columns) and names of other tools' formats. */
const IMPORT_WORDS = [
  ...REFUSED_FILES.map((file) => file.name),
  ...['storymap.slides', 'events', 'type', 'FeatureCollection', 'TimelineJS', 'StoryMapJS'],
  ...['GeoJSON', 'Feature', 'rows', 'CSV', 'XML', 'HTML'],
];

/** Every refusal of the files above, as the Shell's notice writes it. */
async function refusalLines(locale: Locale): Promise<string[]> {
  const messages = await loadMessages(locale);
  const lines: string[] = [];
  for (const file of REFUSED_FILES) {
    const result = await importStoryFile(file);
    if (result.ok) throw new Error(`${file.name} was imported`);
    for (const refusal of result.problems) {
      lines.push(messages.problems.describe({ path: '', code: 'import-refused', refusal }));
    }
  }
  return lines;
}

describe.each<Locale>(['ru', 'fa'])('import refusals in %s', (locale) => {
  it('says why each file cannot be imported with no English left', async () => {
    const lines = await refusalLines(locale);
    expect(lines).toHaveLength(REFUSED_FILES.length);
    const words = [...IMPORT_WORDS].sort((a, b) => b.length - a.length);
    const left = lines
      .map((line) => words.reduce((rest, word) => rest.replaceAll(word, ''), line))
      .map((line) => line.replace(SAME_EVERYWHERE, ''))
      .filter((line) => /[A-Za-z]{3}/.test(line));
    expect(left).toEqual([]);
  });
});

describe('the import refusal scan', () => {
  it('finds English in the English refusals, so the scan can fail', async () => {
    const lines = await refusalLines('en');
    const words = [...IMPORT_WORDS].sort((a, b) => b.length - a.length);
    const left = lines
      .map((line) => words.reduce((rest, word) => rest.replaceAll(word, ''), line))
      .filter((line) => /[A-Za-z]{3}/.test(line));
    expect(left).toHaveLength(REFUSED_FILES.length);
  });
});

describe('the problem scan', () => {
  it('finds English in the English problem list, so the scan can fail', async () => {
    const { root, paths } = await renderProblems('en', brokenStoryData());
    const left = chromeTexts(root, brokenStoryData(), [...paths, ...FILE_WORDS]);
    expect(left.filter((text) => /[A-Za-z]{3}/.test(text)).length).toBeGreaterThan(5);
  });
});

/** Every failure the library reports; the names in them are the reader's and the browser's. */
const LIBRARY_ERRORS: readonly LibraryError[] = [
  { kind: 'unavailable' },
  { kind: 'full' },
  { kind: 'failed' },
  { kind: 'failed', detail: 'UnknownError: Internal error opening backing store' },
  { kind: 'missing', story: 'Quake in Chile' },
  { kind: 'not-json', title: 'Quake in Chile' },
];
const LIBRARY_WORDS = ['UnknownError: Internal error opening backing store', 'Quake in Chile'];

/** The library's failures in `locale`, with the reader's and the browser's words taken out. */
async function libraryLines(locale: Locale): Promise<string[]> {
  const messages = await loadMessages(locale);
  return LIBRARY_ERRORS.map((error) => messages.library.error(error)).map((line) =>
    LIBRARY_WORDS.reduce((rest, word) => rest.replaceAll(word, ''), line).replace(
      SAME_EVERYWHERE,
      '',
    ),
  );
}

describe.each<Locale>(['ru', 'fa'])('library failures in %s', (locale) => {
  it('says why the browser would not keep a story with no English left', async () => {
    const lines = await libraryLines(locale);
    expect(new Set(lines).size).toBe(LIBRARY_ERRORS.length);
    expect(lines.filter((line) => /[A-Za-z]{3}/.test(line))).toEqual([]);
  });
});

describe('the library failure scan', () => {
  it('finds English in the English library failures, so the scan can fail', async () => {
    const lines = await libraryLines('en');
    expect(lines.filter((line) => /[A-Za-z]{3}/.test(line))).toHaveLength(LIBRARY_ERRORS.length);
  });
});
