/** TimelineJS's JSON: a title slide, events and eras (timeline.knightlab.com/docs/json-format.html). */
// Before any schema is built: parse without eval (strict Content Security Policy).
import '../story/zod-jitless';
import { z } from 'zod';
import type { ImportLog } from './import-log';
import type { ImportedStory } from './imported-story';
import { NOT_LIST, shapeRefusal, type RefusalDetail } from './import-words';
import { slideSchema, slidesToStory } from './timeline-slides';

const timelineSchema = z.looseObject({
  title: z.unknown().optional(),
  events: z.array(z.unknown(), NOT_LIST),
  eras: z.array(z.unknown()).optional(),
});

/** A story from TimelineJS JSON, or the reason there is none. */
export function readTimelineJson(
  json: unknown,
  fileName: string,
): { story: ImportedStory; log: ImportLog } | { problem: RefusalDetail } {
  const parsed = timelineSchema.safeParse(json);
  if (!parsed.success) return { problem: shapeRefusal(parsed.error.issues, 'timeline', true) };
  const { title, events, eras = [] } = parsed.data;
  const titleSlide = slideSchema.safeParse(title);
  return slidesToStory({
    title: titleSlide.success ? titleSlide.data : undefined,
    slides: events.map((slide, index) => ({ number: index + 1, slide })),
    eras: eras.length,
    part: 'event',
    fileName,
    formatName: 'TimelineJS JSON',
  });
}
