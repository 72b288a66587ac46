import { describe, expect, it } from 'vitest';
import {
  EXPORT_CREDIT,
  EXPORT_FONTS,
  exportContent,
  exportFileName,
  layoutExport,
  legendKinds,
  windowLabel,
  wrapText,
  type ExportContent,
} from '../../src/map/export-png-layout';
import { BUILT_IN_KINDS } from '../../src/story/kind-looks';
import { DAY_MS } from '../../src/time/partial-date';
import { loadMessages } from '../../src/i18n/load-messages';
import type { Locale } from '../../src/i18n/locale';
import { miniStory } from '../fixtures/load-fixture';

/** Days as a window: the first and last day shown, inclusive, as the app's links write them. */
function days(first: string, last: string) {
  return { from: Date.parse(first), to: Date.parse(last) + DAY_MS };
}

/** Every character 8 px wide: enough to test wrapping without a canvas. */
const measure = (text: string) => text.length * 8;

const CONTENT: ExportContent = {
  title: 'Drills on the Tajik–Afghan border',
  date: '18–23 October 2021',
  source: 'Source: Dateline Test Wire, 18 October 2021',
  kinds: ['exercise', 'military-presence', 'diplomacy'].map((id) => BUILT_IN_KINDS.look(id)),
  credit: EXPORT_CREDIT,
  fileName: 'mini-story-2021-10-18-to-2021-10-23.png',
  rtl: false,
};

describe('the words of an exported image', () => {
  it('writes the window as editors write a range of days', () => {
    expect(windowLabel(days('2021-10-18', '2021-10-23'))).toBe('18–23 October 2021');
    expect(windowLabel(days('2021-09-28', '2021-10-03'))).toBe('28 September – 3 October 2021');
  });

  it('writes a one-day window as that day', () => {
    expect(windowLabel(days('2021-10-18', '2021-10-18'))).toBe('18 October 2021');
  });

  it('names the file after the story and the days shown', () => {
    expect(exportFileName('csto-2021', days('2021-10-18', '2021-10-23'))).toBe(
      'csto-2021-2021-10-18-to-2021-10-23.png',
    );
    expect(exportFileName('csto-2021', days('2021-10-18', '2021-10-18'))).toBe(
      'csto-2021-2021-10-18.png',
    );
  });

  it('keeps only safe characters in the file name', () => {
    expect(exportFileName('../Evil Story', days('2021-10-18', '2021-10-18'))).toBe(
      '-evil-story-2021-10-18.png',
    );
  });

  it('lists the kinds of the events drawn, once each, in legend order', () => {
    const story = miniStory();
    const drawn = new Set(['ministry-statement', 'joint-exercise', 'no-such-event']);
    expect(legendKinds(story, drawn).map((kind) => kind.id)).toEqual(['exercise', 'statement']);
  });

  it('gives the source as publisher and publication date, and the map credit', () => {
    const content = exportContent(miniStory(), days('2021-10-18', '2021-10-23'), new Set());
    expect(content.source).toBe('Source: Dateline Test Wire, 18 October 2021');
    expect(content.credit).toBe('Map: Natural Earth, GeoNames · Made with Dateline');
    expect(content.title).toBe('Drills on the Tajik–Afghan border');
  });
});

describe('wrapText', () => {
  it('breaks between words to fit the width', () => {
    expect(wrapText('one two three four', 80, EXPORT_FONTS.title, measure)).toEqual([
      'one two',
      'three four',
    ]);
  });

  it('ends the last allowed line with an ellipsis when the text is longer', () => {
    const lines = wrapText('one two three four five six', 80, EXPORT_FONTS.title, measure, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(measure(lines[1] ?? '')).toBeLessThanOrEqual(80);
  });
});

describe('layoutExport', () => {
  const frame = { width: 900, height: 500 };

  it('is as wide as the map, with the map below the title and date', () => {
    const layout = layoutExport(CONTENT, frame, measure);
    expect(layout.width).toBe(900);
    expect(layout.map).toMatchObject({ x: 0, width: 900, height: 500 });
    const title = layout.lines.find((line) => line.text === CONTENT.title);
    const date = layout.lines.find((line) => line.text === CONTENT.date);
    expect(title?.y).toBeLessThan(date?.y ?? 0);
    expect(date?.y).toBeLessThan(layout.map.y);
  });

  it('puts the legend, the source and the credit under the map, inside the image', () => {
    const layout = layoutExport(CONTENT, frame, measure);
    const below = layout.map.y + layout.map.height;
    const footer = layout.lines.filter((line) => line.y > below).map((line) => line.text);
    expect(footer).toEqual([
      'Military exercise',
      'Military presence',
      'Diplomacy',
      CONTENT.source,
      CONTENT.credit,
    ]);
    expect(Math.max(...layout.lines.map((line) => line.y))).toBeLessThan(layout.height);
  });

  it('draws one legend symbol per kind, beside its label', () => {
    const layout = layoutExport(CONTENT, frame, measure);
    expect(layout.marks.map((mark) => mark.kind)).toEqual(CONTENT.kinds);
    const label = layout.lines.find((line) => line.text === 'Diplomacy');
    const mark = layout.marks.find((candidate) => candidate.kind.id === 'diplomacy');
    expect(label?.x).toBeGreaterThan(mark?.x ?? Infinity);
  });

  it('wraps the legend onto more rows on a narrow map', () => {
    const wide = layoutExport(CONTENT, frame, measure);
    const narrow = layoutExport(CONTENT, { width: 300, height: 400 }, measure);
    expect(new Set(wide.marks.map((mark) => mark.y)).size).toBe(1);
    expect(new Set(narrow.marks.map((mark) => mark.y)).size).toBeGreaterThan(1);
    expect(Math.max(...narrow.marks.map((mark) => mark.x + mark.size))).toBeLessThanOrEqual(300);
  });

  it('leaves the legend out when no event is in view', () => {
    const layout = layoutExport({ ...CONTENT, kinds: [] }, frame, measure);
    expect(layout.marks).toEqual([]);
  });
});

describe.each<Locale>(['ru', 'fa'])('the words of an image exported in %s', (locale) => {
  async function content() {
    const messages = await loadMessages(locale);
    const drawn = new Set(['ministry-statement', 'joint-exercise']);
    const words = { locale, messages: messages.exportImage, kinds: messages.kinds };
    return exportContent(miniStory(), days('2021-10-18', '2021-10-23'), drawn, words);
  }

  it('leaves no English in the date, the legend, the source line or the credit', async () => {
    const { date, kinds, source, credit } = await content();
    // The publisher is the story's own words, the credit names data sets and the product.
    const own = /Dateline Test Wire|Natural Earth|GeoNames|Dateline/g;
    const words = [date, ...kinds.map((kind) => kind.label), source ?? '', credit];
    expect(words.map((text) => text.replace(own, '')).filter((t) => /[A-Za-z]{3}/.test(t))).toEqual(
      [],
    );
    expect(source).toContain('Dateline Test Wire');
  });

  it('writes the window in the locale’s dates and digits', async () => {
    const { date } = await content();
    expect(date).toMatch(locale === 'fa' ? /۱۸/ : /18/);
    expect(date).toMatch(locale === 'fa' ? /اکتبر/ : /октя/);
  });
});

describe('an image in a right-to-left language', () => {
  it('starts each line and legend item at the right edge', async () => {
    const messages = await loadMessages('fa');
    const words = { locale: 'fa' as const, messages: messages.exportImage, kinds: messages.kinds };
    const drawn = new Set(['ministry-statement']);
    const fa = exportContent(miniStory(), days('2021-10-18', '2021-10-23'), drawn, words);
    const layout = layoutExport(fa, { width: 600, height: 300 }, measure);
    expect(layout.rtl).toBe(true);
    expect(layout.lines.every((line) => line.x > 300)).toBe(true);
    expect(layout.marks[0]?.x).toBe(600 - 16 - 22);
  });
});
