/**
 * The shape of the interface's message catalogue: one area per part of the app, each written in
 * its own file per language (src/i18n/<lang>/<area>.ts). English defines the shape; the other
 * languages must give every message, or the build fails.
 *
 * A message is a string, or a function of its values that returns a string (plurals, numbers and
 * lists through the locale's Formatter), so a message can never run anything from its input.
 *
 * English leaves some areas out of the first load; they join when their part loads
 * (src/i18n/lazy-areas.ts).
 */
import type { AppMessages } from './en/app';
import type { CommonMessages } from './en/common';
import type { DensityMessages } from './en/density';
import type { DraftMessages } from './en/draft';
import type { EditorMessages } from './en/editor';
import type { EmbedMessages } from './en/embed';
import type { ExportImageMessages } from './en/export-image';
import type { FirstMapMessages } from './en/first-map';
import type { GuessesMessages } from './en/guesses';
import type { HeaderMenuMessages } from './en/header-menu';
import type { ImportNotesMessages } from './en/import-notes';
import type { ImportsMessages } from './en/imports';
import type { KindsMessages } from './en/kinds';
import type { LibraryMessages } from './en/library';
import type { LoadingMessages } from './en/loading';
import type { MapEditMessages } from './en/map-edit';
import type { MapMessages } from './en/map';
import type { OpenersMessages } from './en/openers';
import type { PanelsMessages } from './en/panels';
import type { PresentMessages } from './en/present';
import type { PresenterPreviewMessages } from './en/presenter-preview';
import type { ProblemsMessages } from './en/problems';
import type { StartMessages } from './en/start';
import type { TimelineMessages } from './en/timeline';

export interface Messages {
  readonly app: AppMessages;
  readonly common: CommonMessages;
  readonly density: DensityMessages;
  readonly draft: DraftMessages;
  readonly editor: EditorMessages;
  readonly embed: EmbedMessages;
  readonly exportImage: ExportImageMessages;
  readonly firstMap: FirstMapMessages;
  readonly guesses: GuessesMessages;
  readonly headerMenu: HeaderMenuMessages;
  readonly importNotes: ImportNotesMessages;
  readonly imports: ImportsMessages;
  readonly kinds: KindsMessages;
  readonly library: LibraryMessages;
  readonly loading: LoadingMessages;
  readonly mapEdit: MapEditMessages;
  readonly map: MapMessages;
  readonly openers: OpenersMessages;
  readonly panels: PanelsMessages;
  readonly present: PresentMessages;
  readonly presenterPreview: PresenterPreviewMessages;
  readonly problems: ProblemsMessages;
  readonly start: StartMessages;
  readonly timeline: TimelineMessages;
}
