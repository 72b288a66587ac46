/**
 * Areas of the English catalogue that load with the part that uses them rather than with the
 * first page: the editor, the draft dialog, the start screen, the modes and the problem notices
 * are not in the first view, and their words were about 6 KB of the first load (issue 8).
 *
 * Each such area is registered by a module in src/i18n/lazy/ that the part's own components
 * import, so the words arrive in the part's chunk and are registered when that chunk is
 * evaluated, before any of its components renders. Russian and Persian load as whole catalogues
 * when asked for (src/i18n/ru, src/i18n/fa) and need no registration.
 */
import type { Formatter } from './format';
import type { Messages } from './messages';

/** The areas that are not in the English first load. */
export type LazyArea =
  | 'draft'
  | 'editor'
  | 'embed'
  | 'importNotes'
  | 'imports'
  | 'library'
  | 'mapEdit'
  | 'present'
  | 'presenterPreview'
  | 'problems'
  | 'start';

/** The catalogue the first view needs: every area but the lazy ones. */
export type FirstMessages = Omit<Messages, LazyArea>;

type AreaWriters = { [K in LazyArea]?: (f: Formatter) => Messages[K] };
type AreaWords = { [K in LazyArea]?: Messages[K] };

const writers: AreaWriters = {};

/** Called once by each module in src/i18n/lazy/, when its part's code loads. */
export function registerArea<K extends LazyArea>(
  area: K,
  write: NonNullable<AreaWriters[K]>,
): void {
  writers[area] = write;
}

/** Whether a lazy area's words have loaded (for tests and checks; components just read them). */
export function isAreaLoaded(area: LazyArea): boolean {
  return writers[area] !== undefined;
}

function areaWords<K extends LazyArea>(area: K, f: Formatter): NonNullable<AreaWords[K]> {
  const write = writers[area];
  // A component read an area whose module it does not import: a mistake in the code, not in
  // anyone's input, and one the component's own test meets first.
  if (!write)
    throw new Error(
      `The interface's "${area}" words were read before they loaded: import src/i18n/lazy/ in the module that reads them`,
    );
  return write(f);
}

/**
 * The whole catalogue from the first load's areas: each lazy area is written in `f`'s language
 * the first time it is read, which is after its part has registered it.
 */
export function withLazyAreas(first: FirstMessages, f: Formatter): Messages {
  const written: AreaWords = {};
  function read<K extends LazyArea>(area: K): NonNullable<AreaWords[K]> {
    const known = written[area];
    if (known !== undefined) return known;
    const words = areaWords(area, f);
    written[area] = words;
    return words;
  }
  return {
    ...first,
    get draft() {
      return read('draft');
    },
    get editor() {
      return read('editor');
    },
    get embed() {
      return read('embed');
    },
    get importNotes() {
      return read('importNotes');
    },
    get imports() {
      return read('imports');
    },
    get library() {
      return read('library');
    },
    get mapEdit() {
      return read('mapEdit');
    },
    get present() {
      return read('present');
    },
    get presenterPreview() {
      return read('presenterPreview');
    },
    get problems() {
      return read('problems');
    },
    get start() {
      return read('start');
    },
  };
}
