/**
 * The story file the editor works on, made from any story's JSON (format 1 or 2): the envelope
 * must be valid; sources, kinds, map settings, events and steps are kept one by one, and whatever
 * does not parse is left out of the editable copy and said as a problem (as the reader leaves it
 * off the screen), so a person knows what the copy lacks.
 */
import type { z } from 'zod';
import { parseStoryText } from '../story/parse-story';
import { problemsFromIssues, type Problem } from '../story/problem';
import {
  FORMAT_VERSION,
  eventSchema,
  kindDeclarationSchema,
  mapSettingsSchema,
  sourceSchema,
  stepSchema,
  storyEnvelopeSchema,
  type StoryFile,
} from '../story/story-schema';

export type EditableResult =
  | { readonly ok: true; readonly file: StoryFile; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Parses a story file's text into an editable file. */
export function editableFromText(text: string): EditableResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // The loader's words for it.
    const parsed = parseStoryText(text);
    return { ok: false, problems: parsed.problems };
  }
  return editableFile(data);
}

/** An editable file from decoded JSON. */
export function editableFile(data: unknown): EditableResult {
  const envelope = storyEnvelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, problems: problemsFromIssues(envelope.error.issues) };
  const raw = envelope.data;
  const problems: Problem[] = [];
  const keep = <T>(
    items: readonly unknown[] | undefined,
    key: string,
    parse: (
      item: unknown,
    ) => { success: true; data: T } | { success: false; error: { issues: z.core.$ZodIssue[] } },
  ): T[] | undefined => {
    if (items === undefined) return undefined;
    return items.flatMap((item, index) => {
      const parsed = parse(item);
      if (parsed.success) return [parsed.data];
      problems.push(...leftOut(problemsFromIssues(parsed.error.issues, [key, index])));
      return [];
    });
  };
  const sources = keep(raw.sources, 'sources', (item) => sourceSchema.safeParse(item)) ?? [];
  if (sources.length === 0) {
    return {
      ok: false,
      problems: [...problems, { path: 'sources', code: 'no-valid-source' }],
    };
  }
  const kinds = keep(raw.kinds, 'kinds', (item) => kindDeclarationSchema.safeParse(item));
  const events = keep(raw.events, 'events', (item) => eventSchema.safeParse(item)) ?? [];
  const steps = keep(raw.steps, 'steps', (item) => stepSchema.safeParse(item));
  const map = raw.map === undefined ? undefined : mapSettingsSchema.safeParse(raw.map);
  if (map && !map.success) problems.push(...leftOut(problemsFromIssues(map.error.issues, ['map'])));
  const file: StoryFile = {
    ...(raw.$schema === undefined ? {} : { $schema: raw.$schema }),
    format: FORMAT_VERSION,
    id: raw.id,
    title: raw.title,
    summary: raw.summary,
    language: raw.language,
    sources,
    ...(kinds && kinds.length > 0 ? { kinds } : {}),
    ...(map?.success ? { map: map.data } : {}),
    events,
    ...(steps ? { steps } : {}),
  };
  return { ok: true, file, problems };
}

function leftOut(problems: Problem[]): Problem[] {
  return problems.map((problem) => ({
    ...problem,
    leftOut: true,
  }));
}
