/**
 * Checks an imported story the way the loader will, until story format 2 is in this branch:
 * ids, dates written at their precision, places on Earth, and every quote verbatim.
 */
const ID = /^[a-z0-9][a-z0-9-]*$/;
const TIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?)?)?)?$/;
const UNIT_BY_LENGTH: Record<number, string> = { 4: 'year', 7: 'month', 10: 'day', 16: 'minute' };

/** The imported story object, as tests read it. */
export interface StoryObject {
  format: number;
  id: string;
  title: string;
  summary: string;
  language: string;
  kinds: { id: string; label: string }[];
  sources: { id: string; title: string; url?: string; note?: string; text: string }[];
  events: EventObject[];
}

export interface EventObject {
  id: string;
  title: string;
  kind: string;
  time: { start: string; end?: string; precision: string; note?: string };
  place?: {
    name: string;
    geometry: { type: string; coordinates: unknown };
    uncertaintyKm: number;
    note?: string;
  };
  excerpts: { source: string; quote: string }[];
  review?: { status: string; reasons: { field: string; text: string }[] };
}

export function storyProblems(story: StoryObject): string[] {
  const problems: string[] = [];
  if (story.format !== 2) problems.push('format is not 2');
  if (!ID.test(story.id)) problems.push(`bad story id ${story.id}`);
  const text: string = story.sources?.[0]?.text ?? '';
  if (text.trim() === '') problems.push('empty source text');
  const seen = new Set<string>();
  story.events.forEach((event, index) => {
    const at = `events[${index}]`;
    if (!ID.test(event.id) || event.id.length > 80) problems.push(`${at}.id ${event.id}`);
    if (seen.has(event.id)) problems.push(`${at}.id repeats`);
    seen.add(event.id);
    if (typeof event.title !== 'string' || event.title.trim() === '') problems.push(`${at}.title`);
    for (const date of [event.time.start, event.time.end].filter((d) => d !== undefined)) {
      if (!TIME.test(date)) problems.push(`${at}.time ${date}`);
      const unit = UNIT_BY_LENGTH[date.replace(/(Z|[+-]\d{2}:\d{2})$/, '').length];
      const hourly = event.time.precision === 'hour' && /T\d{2}:00/.test(date);
      if (event.time.precision !== 'approximate' && unit !== event.time.precision && !hourly) {
        problems.push(`${at}.time ${date} is not written to the ${event.time.precision}`);
      }
    }
    if (event.time.end && event.time.end < event.time.start) problems.push(`${at}.time.end`);
    if (event.place) {
      const coordinates = JSON.stringify(event.place.geometry.coordinates);
      const numbers = coordinates.match(/-?[\d.e+-]+/g)!.map(Number);
      numbers.forEach((value, n) => {
        const limit = n % 2 === 0 ? 180 : 90;
        if (!(Math.abs(value) <= limit)) problems.push(`${at}.place coordinate ${value}`);
      });
      const km = event.place.uncertaintyKm;
      if (!(km >= 0 && km <= 5000)) problems.push(`${at}.place.uncertaintyKm ${km}`);
      if (!event.place.name.trim()) problems.push(`${at}.place.name`);
    }
    if (event.excerpts.length === 0) problems.push(`${at} has no excerpt`);
    for (const excerpt of event.excerpts) {
      if (!excerpt.quote.trim() || !text.includes(excerpt.quote)) {
        problems.push(`${at} quote not verbatim: ${excerpt.quote.slice(0, 40)}`);
      }
    }
  });
  return problems;
}
