/** A story after parsing: only valid events, sorted by time, with lookups built once. */
import type { ResolvedTime } from '../time/event-time';
import type { TimeWindow } from '../time/time-window';
import type {
  Citation,
  EventKind,
  Geometry,
  KindDeclaration,
  Review,
  Source,
  StoryMapSettings,
} from './story-schema';

export type { Citation, EventKind, Geometry, KindDeclaration, Review, Source, StoryMapSettings };

export interface Excerpt {
  readonly source: string;
  readonly quote: string;
}

export interface ContextFact {
  readonly text: string;
  readonly source: Citation;
}

export interface Place {
  readonly name: string;
  readonly country?: string | undefined;
  readonly geometry: Geometry;
  readonly uncertaintyKm: number;
  readonly note?: string | undefined;
}

export interface StoryEvent {
  readonly id: string;
  readonly title: string;
  /** A kind id: declared by the story, built in, or any other (drawn with a default look). */
  readonly kind: string;
  readonly time: ResolvedTime & { readonly note?: string | undefined };
  /** Absent while nobody has placed the event: it shows on the timeline and in lists only. */
  readonly place?: Place | undefined;
  readonly excerpts: readonly Excerpt[];
  readonly context: readonly ContextFact[];
  /** Present while the event is a machine's unconfirmed guess. */
  readonly review?: Review | undefined;
}

/** A presentation step: an event, and optionally how to frame it. */
export interface Step {
  readonly event: string;
  readonly notes?: string | undefined;
  readonly camera?:
    { readonly center: readonly [number, number]; readonly zoom: number } | undefined;
  readonly window?: TimeWindow | undefined;
}

/**
 * What a story says of itself, apart from its events: a big story's loading page shows it while
 * the events are still checked.
 */
export type StoryHead = Pick<Story, 'title' | 'summary' | 'language'>;

export interface Story {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly language: string;
  readonly sources: readonly Source[];
  /** The kinds the story declares, valid ones only, in its order; empty when it declares none. */
  readonly kinds: readonly KindDeclaration[];
  /** What the map shows, when the story says. */
  readonly map?: StoryMapSettings | undefined;
  /** Valid events, sorted by start, then end, then id. */
  readonly events: readonly StoryEvent[];
  readonly steps: readonly Step[];
  /** From the first event's start to the last event's end. */
  readonly span: TimeWindow;
}

/** Finds a source by id. */
export function findSource(story: Story, id: string): Source | undefined {
  return story.sources.find((source) => source.id === id);
}
