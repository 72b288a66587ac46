/**
 * What the "Download PNG" image says and where each part goes: title and date above the map;
 * legend, source and credit below it. Pure: text is measured through a function handed in, so
 * this runs (and is tested) without a canvas or MapLibre; export-png.ts does the drawing.
 */
import type { ExportImageMessages } from '../i18n/en/export-image';
import type { KindsMessages } from '../i18n/en/kinds';
import { englishMessages } from '../i18n/load-messages';
import type { Locale } from '../i18n/locale';
import { formatSourceDate } from '../panels/citation-text';
import { kindTable, type KindLook } from '../story/kind-looks';
import type { Story } from '../story/story';
import { formatDateRange } from '../time/format-date';
import { DAY_MS, parsePartialDate, toIsoDay } from '../time/partial-date';
import type { TimeWindow } from '../time/time-window';

import { kindLabelFrom } from '../ui/use-kind-label';

/** Who made the map, on every exported image (GeoNames' licence asks for it), in English. */
export const EXPORT_CREDIT = englishMessages.exportImage.credit;

/** The interface's words an image is drawn with: its language, its phrases, the kinds' names. */
export interface ExportWords {
  readonly locale: Locale;
  readonly messages: ExportImageMessages;
  readonly kinds: KindsMessages;
}

const ENGLISH: ExportWords = {
  locale: 'en',
  messages: englishMessages.exportImage,
  kinds: englishMessages.kinds,
};

/** The words of an exported image. */
export interface ExportContent {
  readonly title: string;
  /** The time window: "18–23 October 2021". */
  readonly date: string;
  /** "Source: Publisher, 18 October 2021"; undefined when the story names none. */
  readonly source: string | undefined;
  /** Kinds of the events the image shows (in the window and in view), in legend order. */
  readonly kinds: readonly KindLook[];
  readonly credit: string;
  readonly fileName: string;
  /** Right to left (Persian): the image's words are drawn from the right edge. */
  readonly rtl: boolean;
}

/** A window's days as words: "18–23 October 2021", "18 October 2021". */
export function windowLabel(window: TimeWindow, locale: Locale = 'en'): string {
  const first = parsePartialDate(toIsoDay(window.from));
  const last = parsePartialDate(toIsoDay(Math.max(window.from, window.to - DAY_MS)));
  return first && last ? formatDateRange(first, last, locale) : '';
}

/** "csto-2021-2021-10-18-to-2021-10-23.png": the story and the days shown, safe as a file name. */
export function exportFileName(storyId: string, window: TimeWindow): string {
  const story = storyId.toLowerCase().replace(/[^a-z0-9-]+/g, '-') || 'dateline';
  const first = toIsoDay(window.from);
  const last = toIsoDay(Math.max(window.from, window.to - DAY_MS));
  return `${story}-${first === last ? first : `${first}-to-${last}`}.png`;
}

/** The kinds of the events drawn in the image, in legend order. */
export function legendKinds(story: Story, drawnIds: ReadonlySet<string>): KindLook[] {
  const present = new Set(
    story.events.filter((event) => drawnIds.has(event.id)).map((event) => event.kind),
  );
  return kindTable(story).kinds.filter((kind) => present.has(kind.id));
}

/** Everything the image says about a view of the story showing `window`. */
export function exportContent(
  story: Story,
  window: TimeWindow,
  drawnIds: ReadonlySet<string>,
  words: ExportWords = ENGLISH,
): ExportContent {
  const { locale, messages } = words;
  const article = story.sources[0];
  const published = article ? formatSourceDate(article.published, locale) : undefined;
  // Built-in kinds are the app's words and are translated; a story's own kinds keep its words.
  const label = kindLabelFrom(words.kinds);
  return {
    title: story.title,
    date: windowLabel(window, locale),
    source: article ? messages.source(article.publisher, published) : undefined,
    kinds: legendKinds(story, drawnIds).map((kind) => ({ ...kind, label: label(kind) })),
    credit: messages.credit,
    fileName: exportFileName(story.id, window),
    rtl: locale === 'fa',
  };
}

/** Width of a text in a CSS font, in CSS pixels: a canvas's measureText in the browser. */
export type Measure = (text: string, font: string) => number;

/** How a text is painted: in the text colour or the muted one. */
export type TextTone = 'text' | 'muted';

/** One line of text; y is its baseline. Coordinates are CSS pixels from the image's top left. */
export interface TextLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly font: string;
  readonly tone: TextTone;
}

/** One legend symbol, drawn as the map draws the kind; x, y is its top left. */
export interface LegendMark {
  readonly kind: KindLook;
  readonly x: number;
  readonly y: number;
  readonly size: number;
}

/** Where everything goes, in CSS pixels; the PNG is drawn at a multiple of this. */
export interface ExportLayout {
  readonly width: number;
  readonly height: number;
  readonly map: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  readonly lines: readonly TextLine[];
  readonly marks: readonly LegendMark[];
  /** Lines start at their x and run leftwards, in a right-to-left language. */
  readonly rtl: boolean;
}

const FAMILY = '"Noto Sans", sans-serif';
/** The fonts of the image, as canvas font strings. */
export const EXPORT_FONTS: Readonly<Record<'title' | 'date' | 'legend' | 'small', string>> = {
  title: `700 22px ${FAMILY}`,
  date: `600 16px ${FAMILY}`,
  legend: `400 14px ${FAMILY}`,
  small: `400 13px ${FAMILY}`,
};

const PAD = 16;
const TITLE_LINE = 28;
const TITLE_MAX_LINES = 3;
const DATE_LINE = 22;
const LEGEND_LINE = 26;
const SYMBOL = 22;
const SMALL_LINE = 19;

/** Splits a text into lines no wider than `maxWidth`; past `maxLines` the last line ends in "…". */
export function wrapText(
  text: string,
  maxWidth: number,
  font: string,
  measure: Measure,
  maxLines = Infinity,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate, font) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1] ?? ''}…`;
  while (last.length > 1 && measure(last, font) > maxWidth) last = `${last.slice(0, -2)}…`;
  kept[maxLines - 1] = last;
  return kept;
}

/** Lays the content out around a map of the given CSS size. */
export function layoutExport(
  content: ExportContent,
  frame: { readonly width: number; readonly height: number },
  measure: Measure,
): ExportLayout {
  const { width } = frame;
  const inner = Math.max(1, width - 2 * PAD);
  const lines: TextLine[] = [];
  const marks: LegendMark[] = [];
  let y = PAD;

  for (const text of wrapText(content.title, inner, EXPORT_FONTS.title, measure, TITLE_MAX_LINES)) {
    y += TITLE_LINE;
    lines.push({ text, x: PAD, y: y - 7, font: EXPORT_FONTS.title, tone: 'text' });
  }
  for (const text of wrapText(content.date, inner, EXPORT_FONTS.date, measure)) {
    y += DATE_LINE;
    lines.push({ text, x: PAD, y: y - 6, font: EXPORT_FONTS.date, tone: 'text' });
  }
  y += PAD - 4;
  const map = { x: 0, y, width, height: frame.height };
  y += frame.height + 10;

  // The legend flows like words: symbol and label together, wrapping as a whole.
  let x = PAD;
  if (content.kinds.length > 0) y += LEGEND_LINE;
  for (const kind of content.kinds) {
    const { label } = kind;
    const itemWidth = SYMBOL + 6 + measure(label, EXPORT_FONTS.legend);
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += LEGEND_LINE;
    }
    marks.push({ kind, x, y: y - LEGEND_LINE / 2 - SYMBOL / 2, size: SYMBOL });
    lines.push({
      text: label,
      x: x + SYMBOL + 6,
      y: y - 8,
      font: EXPORT_FONTS.legend,
      tone: 'text',
    });
    x += itemWidth + 18;
  }
  if (content.kinds.length > 0) y += 4;

  for (const text of [content.source, content.credit]) {
    if (text === undefined) continue;
    for (const line of wrapText(text, inner, EXPORT_FONTS.small, measure)) {
      y += SMALL_LINE;
      lines.push({ text: line, x: PAD, y: y - 5, font: EXPORT_FONTS.small, tone: 'muted' });
    }
  }
  const height = Math.ceil(y + PAD - 4);
  if (!content.rtl) return { width, height, map, lines, marks, rtl: false };
  // Mirrored for a right-to-left reader: each line and legend item starts at the right edge.
  return {
    width,
    height,
    map,
    lines: lines.map((line) => ({ ...line, x: width - line.x })),
    marks: marks.map((mark) => ({ ...mark, x: width - mark.x - mark.size })),
    rtl: true,
  };
}
