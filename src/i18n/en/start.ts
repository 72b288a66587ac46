/** The start screen: the stories kept in this browser, the shipped ones, rename and undo. */
import type { Formatter } from '../format';

export function start(f: Formatter) {
  return {
    title: 'Your stories',
    intro:
      'Open a Dateline story file, or a TimelineJS, StoryMapJS, GeoJSON or CSV file to import. Every story you open is kept in this browser until you delete it.',
    openFile: 'Open a story file…',
    dropHint: 'or drop a file anywhere on this page (up to 30 MB)',
    kept: 'Kept in this browser',
    shipped: 'Stories that come with Dateline',
    events: (n: number) => f.plural(n, { one: '# event', other: '# events' }),
    reading: 'Reading your stories…',
    listFailed:
      'Stories you open stay open until you close the tab; export them as JSON to keep them.',
    empty: 'No stories kept yet. Open a story file and it stays here until you delete it.',
    fromFile: (name: string) => ` · from ${name}`,
    openedOn: (day: string) => ` · opened ${day}`,
    rename: 'Rename',
    renameStory: (title: string) => `Rename “${title}”`,
    exportJson: 'Export JSON',
    exportStory: (title: string) => `Export “${title}” as JSON`,
    duplicate: 'Duplicate',
    duplicateStory: (title: string) => `Duplicate “${title}”`,
    delete: 'Delete',
    deleteStory: (title: string) => `Delete “${title}”`,
    deleted: (title: string) => `Deleted “${title}”.`,
    undo: 'Undo',
    dismiss: 'Dismiss',
    renameTitle: 'Rename story',
    titleLabel: 'Title',
    needsTitle: 'A story needs a title.',
    titleTooLong: (max: number) => `A title has at most ${f.number(max)} characters.`,
  };
}

export type StartMessages = ReturnType<typeof start>;
