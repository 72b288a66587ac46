/** Drafting a story from an article: the dialog and its progress (a guess's marks are in guesses). */
import type { Formatter } from '../format';

export function draft(f: Formatter) {
  return {
    title: 'Draft a story from an article',
    intro:
      'Paste the article, or pick a text file or a saved web page. The draft runs in this browser: nothing is sent anywhere, and nothing in the page runs.',
    textLabel: 'Article text',
    fileButton: 'Pick a .txt or .html file…',
    fileRead: (name: string, chars: number) =>
      `Read “${name}”: ${f.plural(chars, { one: '# character', other: '# characters' })}.`,
    fileTooLarge: (name: string, mb: string, limit: number) =>
      `“${name}” is ${mb} MB; files above ${f.number(limit)} MB are not read.`,
    fileUnreadable: (name: string, reason: string) => `“${name}” could not be read: ${reason}`,
    fileKind: (name: string) =>
      `“${name}” is neither a text file (.txt) nor a saved web page (.html).`,
    pageCapped: (limit: number) =>
      `The page is larger than ${f.number(limit)} MB without its scripts and styles; only its first ${f.number(limit)} MB were read.`,
    textCapped: (length: number, limit: number) =>
      `The text is ${f.plural(length, { one: '# character', other: '# characters' })} long; only the first ${f.number(limit)} are drafted.`,
    publishedLabel: 'Publication date',
    publishedFromPage: (date: string) => `From the page: ${date}.`,
    publishedFromDateLine: (written: string, updated: boolean) =>
      updated
        ? `From the article’s “updated” line: “${written}”. Check it: the article may be older.`
        : `From the article’s date line: “${written}”. Check it.`,
    publishedUnknown:
      'Unknown if left empty: dates that count from it (“on Tuesday”) are then left undated.',
    languageLabel: 'Language of the article',
    languageOther: 'Another language',
    languageNote:
      'Only English drafting is available: in other languages few or no dates and places are found.',
    submit: 'Draft the story',
    emptyText: 'There is no text to draft: paste the article or pick a file.',
    running: 'Drafting…',
    step: (step: string) =>
      ({
        reading: 'Reading the page…',
        gazetteer: 'Loading the place names…',
        sentences: 'Reading the sentences…',
        dates: 'Finding dates…',
        places: 'Finding places…',
        events: 'Drafting the events…',
        done: 'Opening the draft…',
      })[step] ?? 'Drafting…',
    progressLabel: 'Draft progress',
    cancelled: 'The draft was cancelled.',
    failed: (reason: string) => `The draft failed: ${reason}`,
    noEvents: 'No events could be drafted from this text.',
    notAStory: 'The draft is not a valid story:',
    drafted: (events: number, chars: number, seconds: number) =>
      `${f.plural(events, { one: '# event', other: '# events' })} drafted from ${f.plural(chars, { one: '# character', other: '# characters' })} in ${f.number(Math.round(seconds * 10) / 10)} s.`,
    notesHeadline: 'Drafted from the article: every event is a guess until you confirm it',
    guessCount: (count: number) =>
      f.plural(count, { one: '# event is a guess', other: '# events are guesses' }),
  };
}

export type DraftMessages = ReturnType<typeof draft>;
