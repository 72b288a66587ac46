/**
 * TimelineJS slides (from its JSON, or rows of its Google Sheets template) as Dateline events.
 * TimelineJS has no places: events come without one and show on the timeline and in the list.
 * Media (images, videos, embeds) is not carried over: a story's excerpts are text.
 */
// Before any schema is built: parse without eval (strict Content Security Policy).
import '../story/zod-jitless';
import { z } from 'zod';
import { formatPath } from '../story/problem';
import { slugify } from './event-ids';
import { htmlToText } from './html-text';
import { ImportLog, type PartName } from './import-log';
import type { ImportedEvent, ImportedKind, ImportedStory } from './imported-story';
import { timeFromParts } from './time-parts';

const part = z.union([z.string(), z.number()]).nullish();

const dateSchema = z.looseObject({
  year: part,
  month: part,
  day: part,
  hour: part,
  minute: part,
  display_date: z.string().nullish(),
});

/** One TimelineJS slide, as much of it as Dateline reads; other keys are ignored. */
export const slideSchema = z.looseObject({
  start_date: dateSchema.nullish(),
  end_date: dateSchema.nullish(),
  text: z.looseObject({ headline: z.string().nullish(), text: z.string().nullish() }).nullish(),
  media: z.unknown().optional(),
  group: z.string().nullish(),
  unique_id: z.string().nullish(),
  display_date: z.string().nullish(),
});

export type Slide = z.infer<typeof slideSchema>;

/** A slide with where it sits in the file, as a person counts. */
export interface NumberedSlide {
  readonly number: number;
  readonly slide: unknown;
}

export interface TimelineInput {
  readonly title?: Slide;
  readonly slides: readonly NumberedSlide[];
  /** Eras (coloured bands) left out, counted for the notes. */
  readonly eras: number;
  readonly part: PartName;
  readonly fileName: string;
  readonly formatName: string;
}

const DEFAULT_KIND: ImportedKind = { id: 'event', label: 'Event' };

/** The story, and what was dropped or guessed. */
export function slidesToStory(input: TimelineInput): { story: ImportedStory; log: ImportLog } {
  const log = new ImportLog();
  const events: ImportedEvent[] = [];
  const kinds = new Map<string, ImportedKind>();
  for (const { number, slide: raw } of input.slides) {
    const parsed = slideSchema.safeParse(raw);
    if (!parsed.success) {
      const key = formatPath(parsed.error.issues[0]?.path ?? []);
      log.leftOut({ code: 'not-slide', tool: 'timeline', key }, input.part, number);
      continue;
    }
    const event = slideToEvent(parsed.data, number, input.part, log);
    if (!event) continue;
    const kind = kindOf(parsed.data);
    kinds.set(kind.id, kind);
    events.push({ ...event, kind: kind.id });
  }
  if (input.eras > 0) log.add({ code: 'eras', count: input.eras });
  const title = input.title ? headlineOf(input.title) : '';
  const titleText = input.title ? textOf(input.title) : '';
  const preamble = [title, titleText].filter((paragraph) => paragraph !== '');
  return {
    story: {
      title: title || input.fileName,
      summary: titleText,
      preamble,
      sourceTitle: title || input.fileName,
      sourceNote: `Imported from "${input.fileName}" (${input.formatName}); the text is the slides' text without their markup.`,
      kinds: kinds.size > 0 ? [...kinds.values()] : [DEFAULT_KIND],
      events,
    },
    log,
  };
}

function slideToEvent(
  slide: Slide,
  number: number,
  part: PartName,
  log: ImportLog,
): Omit<ImportedEvent, 'kind'> | undefined {
  if (!slide.start_date) {
    log.leftOut({ code: 'no-start-date' }, part, number);
    return undefined;
  }
  const timed = timeFromParts(slide.start_date, slide.end_date ?? undefined);
  if ('problem' in timed) {
    log.leftOut(timed.problem, part, number);
    return undefined;
  }
  for (const note of timed.notes) log.add(note, part, number);
  const display = slide.display_date ?? slide.start_date.display_date;
  const shown = display ? htmlToText(display) : '';
  const notes = [timed.time.note, shown ? `The timeline showed "${shown}".` : undefined];
  const note = notes.filter((text) => text !== undefined).join(' ');
  const time = note ? { ...timed.time, note } : timed.time;
  const headline = headlineOf(slide);
  const text = textOf(slide);
  if (headline === '' && text === '') {
    log.leftOut({ code: 'no-words' }, part, number);
    return undefined;
  }
  if (slide.media !== undefined && slide.media !== null) {
    log.add({ code: 'media' }, part, number);
  }
  const title = headline || firstWords(text);
  if (headline === '') log.add({ code: 'no-headline' }, part, number);
  const paragraph = [headline, text].filter((piece) => piece !== '').join('\n');
  return {
    idHint: slide.unique_id ?? title,
    title,
    time,
    text: paragraph,
    ...(headline === ''
      ? { guesses: [{ field: 'title', text: 'The slide has no headline.' }] }
      : {}),
  };
}

function kindOf(slide: Slide): ImportedKind {
  const group = slide.group?.trim();
  const id = group ? slugify(group) : '';
  return id && group ? { id, label: group } : DEFAULT_KIND;
}

function headlineOf(slide: Slide): string {
  return htmlToText(slide.text?.headline ?? '');
}

function textOf(slide: Slide): string {
  return htmlToText(slide.text?.text ?? '');
}

function firstWords(text: string): string {
  const words = text.split(' ');
  return words.length <= 10 ? text : `${words.slice(0, 10).join(' ')}…`;
}
