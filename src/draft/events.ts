/**
 * Event candidates: one per sentence that says something happened at a time or a place. Its
 * quote is the sentence, verbatim; its date and place are the nearest found in the sentence,
 * with the paragraph (and for dates, the article's own date) as fallback.
 */
import { addDays, dayValue, longDay, parseDay, type Day } from './calendar';
import { numberOf } from './date-rules';
import { contentWords, shortTitle, suggestKind } from './event-words';
import type { PlaceMention, TimeMention } from './mentions';
import type { Sentence } from './sentences';
import { wireDatelineLength } from './wire-dateline';

export interface ReviewReason {
  readonly field: 'event' | 'title' | 'kind' | 'time' | 'place';
  readonly text: string;
  readonly alternatives?: readonly string[];
}

export interface EventTime {
  readonly start: string;
  readonly end?: string;
  readonly precision: 'day' | 'month' | 'year' | 'approximate';
}

export interface EventCandidate {
  readonly title: string;
  readonly kind: string;
  readonly time: EventTime;
  readonly place?: PlaceMention;
  readonly quotes: readonly string[];
  readonly reasons: readonly ReviewReason[];
  readonly sentence: Sentence;
}

function inside(s: Sentence, m: { start: number; end: number }): boolean {
  return s.start <= m.start && m.end <= s.end;
}

const UNIT_BY_LENGTH: Record<number, EventTime['precision']> = { 4: 'year', 7: 'month', 10: 'day' };

function timeOf(m: TimeMention): EventTime | undefined {
  if (!m.startDate) return undefined;
  const precision = m.precision === 'minute' || m.precision === 'hour' ? 'day' : m.precision;
  const start = m.startDate.slice(0, precision === 'day' ? 10 : m.startDate.length);
  if (!m.endDate || m.endDate === start) return { start, precision };
  if (precision === 'approximate' || m.endDate.length === start.length)
    return { start, end: m.endDate, precision };
  // "August 2006 till September 9, 2007": both ends at the coarser unit, so the precision is true.
  const length = Math.min(start.length, m.endDate.length);
  return {
    start: start.slice(0, length),
    end: m.endDate.slice(0, length),
    precision: UNIT_BY_LENGTH[length] ?? 'day',
  };
}

const LEVEL_COST: Record<PlaceMention['level'], number> = {
  border: -40,
  city: 0,
  region: 20,
  country: 40,
  demonym: 90,
};

// Where something happens is said with "in Moscow", "near the border"; "on Afghanistan" is a topic.
function wordingCost(text: string, place: PlaceMention, sentenceStart: number): number {
  const before = text.slice(Math.max(0, place.start - 12), place.start).toLowerCase();
  if (/\b(?:in|at|near|from|inside|outside|across|into)\s+(?:the\s+)?$/.test(before)) return -40;
  if (/\b(?:on|about|over|for|with)\s+(?:the\s+)?$/.test(before)) return 30;
  // "Russia's defence ministry said…": whose, not where.
  if (/^['’]s\b/.test(text.slice(place.end, place.end + 3))) return 30;
  return place.level === 'city' && place.start - sentenceStart < 40 ? -30 : 0;
}

function nearestPlace(
  places: readonly PlaceMention[],
  at: number,
  text = '',
  sentenceStart = -1000,
): PlaceMention | undefined {
  let best: { place: PlaceMention; cost: number } | undefined;
  for (const place of places) {
    const cost =
      Math.abs(place.start - at) +
      LEVEL_COST[place.level] +
      (text ? wordingCost(text, place, sentenceStart) : 0);
    if (!best || cost < best.cost) best = { place, cost };
  }
  return best?.place;
}

// "…, health officials in the Gaza Strip said on Tuesday": the day it was said, and the
// sentence's place is sought from its start, where the news is, not around the saying.
const SAID_ON = /\b(?:said|says|told\s+\w+|announced|reported|added)\s+(?:on\s+)?$/i;

function saidOn(text: string, at: number): boolean {
  return SAID_ON.test(text.slice(Math.max(0, at - 30), at));
}

// A relative date that a figure is measured against ("dropped 32% from a year earlier", "up on
// the same month a year ago", "fewer than last year") says what it is compared with, not when it
// happened; a range's start ("from last October") is not one of these.
const COMPARED_WITH =
  /\b(?:from|than|compared\s+(?:to|with)|versus|vs\.?|against|on)\s+(?:the\s+same\s+(?:\w+\s+){1,2})?$/i;
const COMPARISON_DATE =
  /\b(?:ago|earlier|before|previous|prior|preceding)\b|\blast\s+(?:year|month|week|quarter)\b/i;

// "its worst fall since 1987", "lows not reached since February": a record measured back to a
// date, which is not when the record happened. ("Fighting since June" is a span: dates.ts.)
const RECORD_SINCE =
  /\b(?:highest|lowest|longest|shortest|biggest|largest|smallest|greatest|strongest|weakest|deepest|sharpest|steepest|fastest|slowest|worst|best|first|most|least|never|not)\b(?:\s+[\p{L}\d'’%-]+){0,6}\s+since\s+(?:the\s+)?(?:start\s+of\s+|end\s+of\s+)?$/iu;

function isComparison(m: TimeMention, article: string, s: Sentence): boolean {
  if (m.duration) return false;
  const before = article.slice(Math.max(s.start, m.start - 80), m.start);
  if (RECORD_SINCE.test(before)) return true;
  if (!m.relative || !COMPARISON_DATE.test(m.text)) return false;
  return COMPARED_WITH.test(before.slice(-48));
}

function pickTime(own: readonly TimeMention[]): TimeMention | undefined {
  const resolved = own.filter((t) => t.startDate);
  return resolved.find((t) => !t.duration) ?? resolved[0];
}

/** The mentions in one sentence and in its paragraph. */
interface Local {
  readonly times: readonly TimeMention[];
  /** Those of `times` that a figure is compared with (isComparison). */
  readonly compared: readonly TimeMention[];
  readonly places: readonly PlaceMention[];
  readonly paragraphTimes: readonly TimeMention[];
  readonly paragraphPlaces: readonly PlaceMention[];
}

/** Mentions by sentence, in one sweep (articles can be long: no sentence × mention loops). */
function bySentence<T extends { start: number; end: number }>(
  sentences: readonly Sentence[],
  mentions: readonly T[],
): T[][] {
  const out: T[][] = sentences.map(() => []);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const m of sorted) {
    while (k < sentences.length && (sentences[k]?.end ?? 0) < m.end) k += 1;
    const s = sentences[k];
    if (s && inside(s, m)) out[k]?.push(m);
  }
  return out;
}

interface Context {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly times: readonly TimeMention[];
  readonly places: readonly PlaceMention[];
  readonly anchor?: Day;
}

function candidateFor(
  s: Sentence,
  local: Local,
  ctx: Context,
  previous: EventCandidate | undefined,
): EventCandidate | undefined {
  const article = ctx.text;
  // "KYIV, Dec 5 (Reuters) - …": where and when it was filed, not where and when it happened.
  const datelineEnd = s.start + wireDatelineLength(s.text);
  const inDateline = (m: { start: number }) => m.start < datelineEnd;
  const compared = local.compared;
  const own = local.times.filter((t) => !compared.includes(t) && !inDateline(t));
  const filedFrom = local.places.find((p) => inDateline(p) && p.level !== 'demonym');
  const ownPlaces = local.places.filter((p) => !inDateline(p));
  const named = ownPlaces.filter((p) => p.level !== 'demonym');
  let chosen = pickTime(own);
  // A sentence dated only by what it is compared with still says something happened.
  if (!chosen && named.length === 0 && !filedFrom && compared.length === 0) return undefined;
  const reasons: ReviewReason[] = [];
  let time: EventTime | undefined = chosen ? timeOf(chosen) : undefined;
  if (chosen)
    reasons.push({ field: 'time', text: chosen.reason, alternatives: chosen.alternatives });
  const sequel = /^(?:then|later|after that|afterwards|subsequently)\b/i.test(s.text);
  if (sequel && previous && ctx.anchor && (!chosen || chosen.duration)) {
    // From the month of the event before (its year, if that is all it has) to the article's.
    const from = previous.time.start.slice(0, 7);
    time = {
      start: from,
      end: dayValue(ctx.anchor).slice(0, from.length),
      precision: from.length === 4 ? 'year' : 'month',
    };
    reasons.length = 0;
    reasons.push({
      field: 'time',
      text: `'${s.text.split(/\s/)[0] ?? ''}' follows an event of ${previous.time.start}: between it and the article's date (${longDay(ctx.anchor)}); the article gives no date`,
      alternatives: chosen?.startDate
        ? [`${chosen.startDate} to ${chosen.endDate ?? ''} ('${chosen.text}')`]
        : [],
    });
    chosen = undefined;
  }
  if (!time) {
    const inParagraph = local.paragraphTimes
      .filter((t) => t.startDate && !t.duration && t.end <= s.start)
      .pop();
    if (inParagraph) {
      time = timeOf(inParagraph);
      reasons.push({
        field: 'time',
        text: `no date in the sentence; the nearest in its paragraph is '${inParagraph.text}' (${inParagraph.reason})`,
      });
    } else if (ctx.anchor) {
      time = { start: dayValue(ctx.anchor), precision: 'day' };
      reasons.push({
        field: 'time',
        text: `no date in the sentence or its paragraph: the article's date (${longDay(ctx.anchor)}), when it was reported; it may have happened earlier`,
      });
    }
  }
  if (!time) return undefined;
  const [firstCompared] = reasons;
  if (compared.length > 0 && firstCompared?.field === 'time')
    reasons[0] = {
      ...firstCompared,
      text: `${firstCompared.text}; ${compared.map((t) => `'${t.text}'`).join(', ')} is what it is compared with, not when it happened`,
    };
  const dated = (chosen ?? pickTime(own))?.start;
  const at = dated === undefined || saidOn(article, dated) ? s.start : dated;
  const place =
    nearestPlace(named.length > 0 ? named : ownPlaces, at, article, s.start) ??
    nearestPlace(
      local.paragraphPlaces.filter((p) => p.level !== 'demonym' && !inDateline(p)),
      at,
    );
  if (!place && filedFrom) {
    reasons.push({
      field: 'place',
      text: `no other place in the sentence or its paragraph: '${filedFrom.text}' of the dateline, where the report was filed from; where it happened may differ`,
      alternatives: filedFrom.alternatives.slice(0, 5),
    });
  }
  if (place) {
    const fromSentence = inside(s, place);
    const others = ownPlaces.filter((p) => p !== place && p.name !== place.name).map((p) => p.name);
    reasons.push({
      field: 'place',
      text: `${fromSentence ? '' : 'no place in the sentence; from its paragraph: '}${place.reason}`,
      alternatives: [...new Set([...place.alternatives, ...others])].slice(0, 5),
    });
  }
  const kind = suggestKind(s.text);
  reasons.push({ field: 'kind', text: `suggested because ${kind.reason}` });
  reasons.push({
    field: 'event',
    text: 'one sentence of the article that states something happening at a time or place',
  });
  return {
    title: shortTitle(s.text.slice(datelineEnd - s.start)),
    kind: kind.kind,
    time,
    ...(place ? { place } : filedFrom ? { place: filedFrom } : {}),
    quotes: [s.text],
    reasons,
    sentence: s,
  };
}

/** "the six-day exercises": gives an earlier one-day event about the same thing its length. */
function applyLengths(events: EventCandidate[]): EventCandidate[] {
  const out = [...events];
  for (const event of events) {
    for (const m of event.sentence.text.matchAll(/\b([\p{L}\d]+)-day\s+(\p{L}{4,})/gu)) {
      const days = numberOf(m[1] ?? '');
      const noun = (m[2] ?? '').toLowerCase();
      if (!days || days > 60) continue;
      const target = out.findIndex(
        (e) =>
          e !== event &&
          e.sentence.start < event.sentence.start &&
          e.time.precision === 'day' &&
          !e.time.end &&
          e.sentence.text.toLowerCase().includes(noun),
      );
      const found = out[target];
      const first = found ? parseDay(found.time.start) : undefined;
      if (!found || !first) continue;
      const end = dayValue(addDays(first, days - 1));
      out[target] = {
        ...found,
        time: { ...found.time, end },
        quotes: [...found.quotes, event.sentence.text],
        reasons: [
          ...found.reasons,
          {
            field: 'time',
            text: `'${m[0]}' later in the article: ${days} days from ${found.time.start}, so to ${end}`,
          },
        ],
      };
    }
  }
  return out;
}

function sameEvent(a: EventCandidate, b: EventCandidate): boolean {
  if (a.time.start !== b.time.start || a.time.end !== b.time.end || a.place?.name !== b.place?.name)
    return false;
  const wa = contentWords(a.sentence.text);
  const shared = [...contentWords(b.sentence.text)].filter((w) => wa.has(w));
  return shared.length >= 3;
}

/** Every event candidate, duplicates merged, in the order of the article. */
export function findEvents(ctx: Context): EventCandidate[] {
  const times = bySentence(ctx.sentences, ctx.times);
  const places = bySentence(ctx.sentences, ctx.places);
  const paragraphTimes = new Map<number, TimeMention[]>();
  const paragraphPlaces = new Map<number, PlaceMention[]>();
  const compared = ctx.sentences.map((s, i) =>
    (times[i] ?? []).filter((t) => isComparison(t, ctx.text, s)),
  );
  ctx.sentences.forEach((s, i) => {
    // A date something is compared with dates no other sentence of its paragraph either.
    paragraphTimes.set(s.paragraph, [
      ...(paragraphTimes.get(s.paragraph) ?? []),
      ...(times[i] ?? []).filter((t) => !compared[i]?.includes(t)),
    ]);
    paragraphPlaces.set(s.paragraph, [
      ...(paragraphPlaces.get(s.paragraph) ?? []),
      ...(places[i] ?? []),
    ]);
  });
  const events: EventCandidate[] = [];
  const byKey = new Map<string, number[]>();
  ctx.sentences.forEach((s, i) => {
    if (s.heading) return;
    const local: Local = {
      times: times[i] ?? [],
      compared: compared[i] ?? [],
      places: places[i] ?? [],
      paragraphTimes: paragraphTimes.get(s.paragraph) ?? [],
      paragraphPlaces: paragraphPlaces.get(s.paragraph) ?? [],
    };
    const candidate = candidateFor(s, local, ctx, events[events.length - 1]);
    if (!candidate) return;
    const key = `${candidate.time.start}|${candidate.time.end ?? ''}|${candidate.place?.name ?? ''}`;
    const twins = byKey.get(key) ?? [];
    const twin = twins.find((index) => {
      const other = events[index];
      return other !== undefined && sameEvent(other, candidate);
    });
    const other = twin === undefined ? undefined : events[twin];
    if (twin !== undefined && other) {
      events[twin] = {
        ...other,
        quotes: [...other.quotes, ...candidate.quotes],
        reasons: [
          ...other.reasons,
          {
            field: 'event',
            text: 'merged with a later sentence of the same date, place and subject',
          },
        ],
      };
    } else {
      byKey.set(key, [...twins, events.length]);
      events.push(candidate);
    }
  });
  return applyLengths(events);
}
