/**
 * What is wrong in a story file, an opening link or a hosted-story path, in words: the parser
 * reports problems as codes with values (src/story/problem.ts) and each language writes them here.
 * Every line keeps its path, so the reader can still find the place in the file.
 */
import type { Formatter } from '../format';
import { library } from './library';
import { importNotes } from './import-notes';
import { imports } from './imports';
import type {
  LinkExpectation,
  Problem,
  ProblemDetail,
  SchemaRule,
  StoryRefRefusal,
} from '../../story/problem';

const RULES: Readonly<Record<SchemaRule, string>> = {
  'id-form': 'must be lowercase letters, digits and hyphens, e.g. "csto-exercises"',
  'country-code': 'must be an ISO 3166 alpha-2 code such as "TJ"',
  'date-form': 'is not a date: write YYYY, YYYY-MM or YYYY-MM-DD',
  'real-date': 'is not a real date',
  'date-time-form':
    'is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally with Z or ±HH:MM)',
  'real-date-time': 'is not a real date, time or time zone',
  'web-url': 'is not an http(s) URL',
  colour: 'must be a colour written "#rrggbb"',
  'two-countries': 'must name two different countries',
  'format-version': 'must be 1 or 2',
};

/** zod's names of JSON types, as a sentence needs them. */
const TYPES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function expected(expect: LinkExpectation): string {
  switch (expect.kind) {
    case 'one-of':
      return `must be one of ${expect.values.join(', ')}`;
    case 'day':
      return 'must be a date, YYYY-MM-DD';
    case 'story-ref':
      return 'is too long to be a story reference';
    case 'flag':
      return 'must be 1 or nothing';
    case 'event-id':
      return 'must be an event id';
    case 'language-tag':
      return 'must be a language tag such as en';
    case 'zero-one':
      return 'must be 0 or 1';
    case 'step':
      return 'must be a step number from 1';
    case 'camera':
      return 'must be lon,lat,zoom, e.g. 69.5,37.5,5';
    case 'camera-range':
      return 'must be lon,lat,zoom, e.g. 69.5,37.5,5, within range';
    case 'origins':
      return 'must be origins such as https://news.example';
  }
}

function refusal(refused: StoryRefRefusal): string {
  switch (refused.code) {
    case 'ref-unreadable':
      return `"${refused.ref}" is neither a story id nor a path`;
    case 'ref-foreign':
      return `"${refused.ref}" is on another site; only this site's stories can be opened`;
    case 'ref-not-json':
      return `"${refused.ref}" is not a .json file`;
  }
}

export function problems(f: Formatter) {
  const imported = imports(f);
  const noted = importNotes(f);
  const n = f.number;
  const what = (detail: ProblemDetail): string => {
    switch (detail.code) {
      case 'not-json':
        return `The file is not valid JSON: ${detail.reason}`;
      case 'newer-format':
        return `This story is format ${n(detail.format)}; this version of Dateline reads formats 1 and 2. Update Dateline to open it.`;
      case 'no-valid-source':
        return 'has no valid source';
      case 'repeated-id':
        return `repeats the id "${detail.id}"`;
      case 'date-unparsed':
        return 'has a date that does not parse';
      case 'end-before-start':
        return 'is before time.start';
      case 'precision-mismatch':
        return `is "${detail.precision}" but the dates are written to another unit`;
      case 'unknown-source':
        return `names no source: "${detail.source}"`;
      case 'not-verbatim':
        return `is not verbatim: it does not occur in the text of source "${detail.source}"`;
      case 'unknown-event':
        return `names no shown event: "${detail.event}"`;
      case 'step-inverted':
        return `is after ${detail.to}`;
      case 'ring-closed':
        return 'is a polygon ring that does not end where it starts: it was closed';
      case 'rule':
        return RULES[detail.rule];
      case 'wrong-type':
        return `must be ${TYPES[detail.expected] ?? detail.expected}`;
      case 'too-small':
        if (detail.origin === 'string' && detail.minimum === 1) return 'must not be empty';
        if (detail.origin === 'string')
          return `must be at least ${f.plural(detail.minimum, { one: '# character', other: '# characters' })} long`;
        if (detail.origin === 'array')
          return `needs at least ${f.plural(detail.minimum, { one: '# item', other: '# items' })}`;
        return `must be at least ${n(detail.minimum)}`;
      case 'too-big':
        if (detail.origin === 'string')
          return `must be at most ${f.plural(detail.maximum, { one: '# character', other: '# characters' })} long`;
        if (detail.origin === 'array')
          return `must have at most ${f.plural(detail.maximum, { one: '# item', other: '# items' })}`;
        return `must be at most ${n(detail.maximum)}`;
      case 'one-of':
        return `must be one of ${detail.values.join(', ')}`;
      case 'unknown-keys':
        return `has ${detail.keys.length === 1 ? 'an unknown key' : 'unknown keys'}: ${detail.keys.map((key) => `"${key}"`).join(', ')}`;
      case 'invalid':
        return 'is not valid';
      case 'ref-unreadable':
      case 'ref-foreign':
      case 'ref-not-json':
        return refusal(detail);
      case 'load-failed':
        return `Could not load the story from ${detail.url}: the connection failed or broke off (the browser said: “${detail.reason}”)`;
      case 'load-cancelled':
        return `Loading the story from ${detail.url} was cancelled`;
      case 'story-too-large':
        return `The story is larger than ${n(detail.megabytes)} MB`;
      case 'check-stopped':
        return detail.reason
          ? `The story could not be checked: the checker stopped (the browser said: “${detail.reason}”)`
          : 'The story could not be checked: the checker stopped';
      case 'redirected':
        return `The story at ${detail.url} redirects to another site (${detail.to}); it was not opened`;
      case 'not-found':
        return `There is no story file at ${detail.url}${detail.webPage ? ' (the server sent a web page instead)' : ''}`;
      case 'http-status':
        return `Could not load the story from ${detail.url}: HTTP ${detail.status}`;
      case 'too-large':
        return `The story at ${detail.url} is larger than ${n(detail.megabytes)} MB`;
      case 'other-story':
        return `names another story; this page holds only "${detail.id}"`;
      case 'local-unavailable':
        return 'stories kept in a browser cannot be opened on this page';
      case 'local-missing':
        return `“${detail.ref}” is not kept in this browser: it may have been deleted, or kept in another browser`;
      case 'local-ref-invalid':
        return `"${detail.ref}" is not a library story (local: then 12 letters or digits)`;
      case 'local-unreadable':
        return `could not be read from this browser: ${library(f).error(detail.error)}`;
      case 'link-value':
        return `${expected(detail.expect)} (got "${detail.got}")`;
      case 'to-before-from':
        return 'is before ?from; showing the whole story';
      case 'no-such-event':
        return `names no event in this story: "${detail.event}"`;
      case 'past-last-step':
        return `is past the last step (${n(detail.steps)})`;
      case 'import-refused':
        return imported.refusal(detail.refusal);
      case 'import-note':
        return noted.note(detail.note);
      case 'file-unreadable':
        return `The file “${detail.file}” could not be read from your device (the browser said: “${detail.reason}”)`;
      case 'importers-unloaded':
        return `The part of Dateline that reads other tools' files could not be loaded from this site; reload the page and try again (the browser said: “${detail.reason}”)`;
      case 'text':
        return detail.text;
    }
  };
  const said = (problem: Problem) =>
    problem.leftOut ? `${what(problem)} (left out of the editable copy)` : what(problem);
  return {
    /** What is wrong, without where. */
    what: said,
    /** One line: the path, then what is wrong with it ("events[1].time is not a real date"). */
    describe: (problem: Problem) => {
      const text = said(problem);
      if (problem.path === '') return text;
      // A sentence that goes on from the path reads without a colon.
      const reads = /^(is|are|must|cannot|has|does|needs|names|should|repeats)\b/.test(text);
      return reads ? `${problem.path} ${text}` : `${problem.path}: ${text}`;
    },
    /** A folded line: one kind of problem, how often, and the first places. */
    folded: (line: string, count: number, paths: readonly string[], more: boolean) =>
      `${line} (${f.plural(count, { one: '# time', other: '# times' })}: ${paths.join(', ')}${more ? ', …' : ''})`,
    moreKinds: (count: number, kinds: number) =>
      `and ${f.plural(count, { one: '# more problem', other: '# more problems' })} of ${f.plural(kinds, { one: '# other kind', other: '# other kinds' })}`,
    /** The hosted-story field (embed dialog): where the story file will live. */
    hostedEmpty: 'Write where the story file will live.',
    hostedNotPath: 'Write the path of the .json file, such as stories/my-story.json.',
    hostedRefused: (refused: StoryRefRefusal, origin: string) =>
      `The story ${refusal(refused)}. It must be a .json file on ${origin}.`,
  };
}

export type ProblemsMessages = ReturnType<typeof problems>;
