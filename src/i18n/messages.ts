/**
 * The shape of the interface's message catalogue: one area per part of the app, each written in
 * its own file per language (src/i18n/<lang>/<area>.ts). English defines the shape; the other
 * languages must give every message, or the build fails.
 *
 * A message is a string, or a function of its values that returns a string (plurals, numbers and
 * lists through the locale's Formatter), so a message can never run anything from its input.
 */
import type { CommonMessages } from './en/common';
import type { DraftMessages } from './en/draft';
import type { EditorMessages } from './en/editor';
import type { HeaderMenuMessages } from './en/header-menu';
import type { MapEditMessages } from './en/map-edit';
import type { PresenterPreviewMessages } from './en/presenter-preview';

export interface Messages {
  readonly common: CommonMessages;
  readonly draft: DraftMessages;
  readonly editor: EditorMessages;
  readonly headerMenu: HeaderMenuMessages;
  readonly mapEdit: MapEditMessages;
  readonly presenterPreview: PresenterPreviewMessages;
}
