/**
 * What the app's shell offers the screens inside it: the library of kept stories, going to the
 * start screen or to a story, opening a file, exporting the story on screen, and the notices
 * about all that. A page without a shell (the offline briefing) offers none of it, and the
 * header's library controls do not show there.
 */
import { createContext, useContext } from 'react';
import type { PickedFile } from '../library/read-story-file';
import type { StoryLibrary } from '../library/story-library';
import type { Problem } from '../story/problem';
import type { Story } from '../story/story';

/** A message about opening or keeping a story. */
export interface ShellNotice {
  readonly id: number;
  /** "failed": nothing opened; "warning": opened, but not kept; "note": what an import did. */
  readonly tone: 'failed' | 'warning' | 'note';
  readonly headline: string;
  readonly lines: readonly string[];
}

/** A story drafted from an article, parsed, with its file's text and what the draft noted. */
export interface DraftToOpen {
  readonly story: Story;
  readonly problems: readonly Problem[];
  readonly text: string;
  /** The headline over the notes ("Drafted from the article…"), in the interface's language. */
  readonly headline: string;
  readonly notes: readonly string[];
}

export interface Shell {
  readonly library: StoryLibrary;
  /** The `?` links of the start screen and of a story, for real <a href>s. */
  readonly libraryHref: string;
  readonly storyHref: (ref: string) => string;
  readonly showLibrary: () => void;
  /** Opens a shipped story id, a same-origin .json path, or `local:<id>`. */
  readonly openStory: (ref: string) => void;
  readonly openFile: (file: PickedFile) => void;
  /** Keeps a drafted story in the library and opens it, with the draft's notes above it. */
  readonly openDraft: (draft: DraftToOpen) => void;
  /** Downloads the story on screen as its JSON file. */
  readonly exportStory: () => void;
  /** Downloads the story on screen as a single-file offline briefing (HTML). */
  readonly exportBriefing: () => void;
  /** Opens the story on screen in the editor; one not in the library is first kept as a copy. */
  readonly editStory: () => void;
  /** Leaves the editor for the same story in the reader. */
  readonly stopEditing: () => void;
  /** The editor saved new text: Export takes it from now on. */
  readonly storySaved: (text: string) => void;
  /** The `?story=` reference of the story on screen, if one is. */
  readonly currentRef: string | undefined;
  /** Set while a file is being read: "Opening “x.csv”…". */
  readonly busy: string | undefined;
  readonly notices: readonly ShellNotice[];
  readonly dismissNotice: (id: number) => void;
}

export const ShellContext = createContext<Shell | undefined>(undefined);

/** The shell, or undefined on a page without one (the offline briefing, tests). */
export function useShell(): Shell | undefined {
  return useContext(ShellContext);
}
