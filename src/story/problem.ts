/**
 * Something wrong in an input, said as data: where it is (the path) and what is wrong (a stable
 * code and its values). The words are written by the interface's catalogue (src/i18n/<lang>/
 * problems.ts) in the reader's language, so a problem is plain data that crosses postMessage and
 * reads the same in English, Russian and Persian.
 */
import type { z } from 'zod';
import type { ImportNote } from '../import/import-notes';
import type { ImportRefusal } from '../import/import-words';
import type { LibraryError } from '../library/library-errors';

/** Rules of the story format that a schema states with a code instead of words. */
export const SCHEMA_RULES = [
  'id-form',
  'country-code',
  'date-form',
  'real-date',
  'date-time-form',
  'real-date-time',
  'web-url',
  'colour',
  'two-countries',
  'format-version',
] as const;
export type SchemaRule = (typeof SCHEMA_RULES)[number];

const RULE_PREFIX = 'rule:';

/** The message a schema gives for a rule: a code that problemsFromIssues turns back into data. */
export function rule(name: SchemaRule): string {
  return `${RULE_PREFIX}${name}`;
}

/** Why `?story=` cannot be opened, before anything is fetched. */
export type StoryRefRefusal =
  | { readonly code: 'ref-unreadable'; readonly ref: string }
  | { readonly code: 'ref-foreign'; readonly ref: string }
  | { readonly code: 'ref-not-json'; readonly ref: string };

/** What a value of the opening link (?key=value) must be. */
export type LinkExpectation =
  | { readonly kind: 'one-of'; readonly values: readonly string[] }
  | {
      readonly kind:
        | 'day'
        | 'story-ref'
        | 'flag'
        | 'event-id'
        | 'language-tag'
        | 'zero-one'
        | 'step'
        | 'camera'
        | 'camera-range'
        | 'origins';
    };

/** What is wrong, by kind; each kind carries the values its sentence needs. */
export type ProblemDetail =
  // The file as a whole.
  | { readonly code: 'not-json'; readonly reason: string }
  | { readonly code: 'newer-format'; readonly format: number }
  | { readonly code: 'no-valid-source' }
  // Checks the schema cannot state.
  | { readonly code: 'repeated-id'; readonly id: string }
  | { readonly code: 'date-unparsed' }
  | { readonly code: 'end-before-start' }
  | { readonly code: 'precision-mismatch'; readonly precision: string }
  | { readonly code: 'unknown-source'; readonly source: string }
  | { readonly code: 'not-verbatim'; readonly source: string }
  | { readonly code: 'unknown-event'; readonly event: string }
  | { readonly code: 'step-inverted'; readonly to: string }
  | { readonly code: 'ring-closed' }
  // From the schema (zod issues).
  | { readonly code: 'rule'; readonly rule: SchemaRule }
  | { readonly code: 'wrong-type'; readonly expected: string }
  | { readonly code: 'too-small'; readonly origin: string; readonly minimum: number }
  | { readonly code: 'too-big'; readonly origin: string; readonly maximum: number }
  | { readonly code: 'one-of'; readonly values: readonly string[] }
  | { readonly code: 'unknown-keys'; readonly keys: readonly string[] }
  | { readonly code: 'invalid' }
  // Fetching the file.
  | StoryRefRefusal
  | { readonly code: 'load-failed'; readonly url: string; readonly reason: string }
  | { readonly code: 'load-cancelled'; readonly url: string }
  | { readonly code: 'story-too-large'; readonly megabytes: number }
  /** The parser's worker stopped; `reason` is the browser's words, or empty. */
  | { readonly code: 'check-stopped'; readonly reason: string }
  | { readonly code: 'redirected'; readonly url: string; readonly to: string }
  | { readonly code: 'not-found'; readonly url: string; readonly webPage: boolean }
  | { readonly code: 'http-status'; readonly url: string; readonly status: number }
  | { readonly code: 'too-large'; readonly url: string; readonly megabytes: number }
  // The opening link and the page around the story.
  | { readonly code: 'other-story'; readonly id: string }
  | { readonly code: 'local-unavailable' }
  | { readonly code: 'local-missing'; readonly ref: string }
  | { readonly code: 'local-ref-invalid'; readonly ref: string }
  | { readonly code: 'local-unreadable'; readonly error: LibraryError }
  | { readonly code: 'link-value'; readonly expect: LinkExpectation; readonly got: string }
  | { readonly code: 'to-before-from' }
  | { readonly code: 'no-such-event'; readonly event: string }
  | { readonly code: 'past-last-step'; readonly steps: number }
  // Importing another tool's file (src/import): the catalogue's imports area writes it.
  | { readonly code: 'import-refused'; readonly refusal: ImportRefusal }
  /** What an import that found no event noted on the way: the catalogue's importNotes area. */
  | { readonly code: 'import-note'; readonly note: ImportNote }
  // Opening a picked file: `reason` is the browser's own words, shown only as a detail.
  | { readonly code: 'file-unreadable'; readonly file: string; readonly reason: string }
  | { readonly code: 'importers-unloaded'; readonly reason: string }
  /** Words from outside Dateline (a browser's storage error): shown as given. */
  | { readonly code: 'text'; readonly text: string };

export type ProblemCode = ProblemDetail['code'];

/** A problem: where ("events[1].time.start", or "" for the whole input) and what. */
export type Problem = ProblemDetail & {
  readonly path: string;
  /** The loader fixed it (e.g. closed an open polygon ring): a note, nothing was left out. */
  readonly repaired?: boolean | undefined;
  /** The editor left this part out of its editable copy. */
  readonly leftOut?: boolean | undefined;
};

/** Writes a path array as people read it: ["events", 1, "time"] → "events[1].time". */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

/** The problem with the values that differ from one occurrence to the next replaced by "…". */
export function withoutValues(problem: Problem): Problem {
  switch (problem.code) {
    case 'repeated-id':
    case 'other-story':
      return { ...problem, id: '…' };
    case 'unknown-source':
    case 'not-verbatim':
      return { ...problem, source: '…' };
    case 'unknown-event':
    case 'no-such-event':
      return { ...problem, event: '…' };
    case 'not-json':
      return { ...problem, reason: '…' };
    default:
      return problem;
  }
}

/** What zod says about one value, as data. */
function detailOf(issue: z.core.$ZodIssue): ProblemDetail {
  const named = SCHEMA_RULES.find((name) => rule(name) === issue.message);
  if (named !== undefined) return { code: 'rule', rule: named };
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'wrong-type', expected: issue.expected };
    case 'too_small':
      return { code: 'too-small', origin: issue.origin, minimum: Number(issue.minimum) };
    case 'too_big':
      return { code: 'too-big', origin: issue.origin, maximum: Number(issue.maximum) };
    case 'invalid_value':
      return { code: 'one-of', values: issue.values.map((value) => String(value)) };
    case 'unrecognized_keys':
      return { code: 'unknown-keys', keys: issue.keys };
    default:
      return { code: 'invalid' };
  }
}

/** Problems from a zod error, with paths under a prefix. */
export function problemsFromIssues(
  issues: ReadonlyArray<z.core.$ZodIssue>,
  prefix: ReadonlyArray<PropertyKey> = [],
): Problem[] {
  return issues.map((issue) => ({
    ...detailOf(issue),
    path: formatPath([...prefix, ...issue.path]),
  }));
}
