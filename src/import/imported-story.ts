/**
 * What every importer produces before it becomes a story file: events with their own paragraph
 * of original text. `buildStory` writes the format-2 object: one source whose text is every
 * paragraph in file order, and each event quoting its own paragraph, so every excerpt is verbatim.
 */
import { uniqueIds } from './event-ids';

/** A reason a field was guessed, in format 2's review terms. */
export interface GuessReason {
  readonly field: 'event' | 'title' | 'kind' | 'time' | 'place';
  readonly text: string;
  readonly alternatives?: readonly string[];
}

/** An event time as format 2 writes it. */
export interface ImportedTime {
  readonly start: string;
  readonly end?: string;
  readonly precision: 'minute' | 'hour' | 'day' | 'month' | 'year' | 'approximate';
  readonly note?: string;
}

/** A place as format 2 writes it. */
export interface ImportedPlace {
  readonly name: string;
  readonly geometry: ImportedGeometry;
  readonly uncertaintyKm: number;
  readonly note?: string;
}

/** The GeoJSON geometries a story can hold, in two dimensions. */
export type ImportedGeometry =
  | { readonly type: 'Point'; readonly coordinates: Position }
  | { readonly type: 'MultiPoint'; readonly coordinates: Position[] }
  | { readonly type: 'LineString'; readonly coordinates: Position[] }
  | { readonly type: 'MultiLineString'; readonly coordinates: Position[][] }
  | { readonly type: 'Polygon'; readonly coordinates: Position[][] }
  | { readonly type: 'MultiPolygon'; readonly coordinates: Position[][][] };

/** Longitude, latitude. */
export type Position = [number, number];

export interface ImportedEvent {
  /** A preferred id (the file's own, if it has one); made unique and valid later. */
  readonly idHint?: string;
  readonly title: string;
  readonly kind: string;
  readonly time: ImportedTime;
  readonly place?: ImportedPlace;
  /** The event's original text, one paragraph; quoted as the excerpt. */
  readonly text: string;
  /** More original text for the same paragraph, not quoted (a row's source column). */
  readonly after?: string;
  readonly guesses?: readonly GuessReason[];
}

export interface ImportedKind {
  readonly id: string;
  readonly label: string;
}

export interface ImportedStory {
  readonly title: string;
  readonly summary?: string;
  /** Paragraphs of original text before the events' own (a title slide's text). */
  readonly preamble?: readonly string[];
  readonly sourceTitle: string;
  readonly sourceUrl?: string;
  /** Who published it, when the file says (a feed's host); else "Not stated". */
  readonly publisher?: string;
  readonly sourceNote: string;
  readonly kinds: readonly ImportedKind[];
  readonly events: readonly ImportedEvent[];
}

const SOURCE_ID = 'original';

/** The format-2 story object for `parseStory`. */
export function buildStory(imported: ImportedStory, storyId: string): Record<string, unknown> {
  const ids = uniqueIds(imported.events.map((event) => event.idHint ?? event.title));
  const paragraphs = [
    ...(imported.preamble ?? []),
    ...imported.events.map((event) => (event.after ? `${event.text}\n${event.after}` : event.text)),
  ];
  return {
    format: 2,
    id: storyId,
    title: imported.title,
    summary: imported.summary ?? '',
    // The files say nothing of their language; "und" is BCP 47 for undetermined.
    language: 'und',
    kinds: imported.kinds.map((kind) => ({ id: kind.id, label: kind.label })),
    sources: [
      {
        id: SOURCE_ID,
        title: imported.sourceTitle,
        publisher: imported.publisher ?? 'Not stated',
        ...(imported.sourceUrl ? { url: imported.sourceUrl } : {}),
        language: 'und',
        note: imported.sourceNote,
        text: paragraphs.filter((paragraph) => paragraph !== '').join('\n\n'),
      },
    ],
    events: imported.events.map((event, index) => ({
      id: ids[index],
      title: event.title,
      kind: event.kind,
      time: event.time,
      ...(event.place ? { place: event.place } : {}),
      excerpts: [{ source: SOURCE_ID, quote: event.text }],
      ...(event.guesses && event.guesses.length > 0
        ? { review: { status: 'guess', reasons: event.guesses } }
        : {}),
    })),
  };
}
