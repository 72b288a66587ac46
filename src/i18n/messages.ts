/**
 * The shape of the interface's message catalogue: one area per part of the app, each written in
 * its own file per language (src/i18n/<lang>/<area>.ts). English defines the shape; the other
 * languages must give every message, or the build fails.
 *
 * A message is a string, or a function of its values that returns a string (plurals, numbers and
 * lists through the locale's Formatter), so a message can never run anything from its input.
 */
import type { CommonMessages } from './en/common';
import type { KindsMessages } from './en/kinds';
import type { EmbedMessages } from './en/embed';
import type { PresentMessages } from './en/present';
import type { StartMessages } from './en/start';
import type { MapMessages } from './en/map';
import type { PanelsMessages } from './en/panels';
import type { AppMessages } from './en/app';
import type { TimelineMessages } from './en/timeline';

export interface Messages {
  readonly common: CommonMessages;
  readonly kinds: KindsMessages;
  readonly embed: EmbedMessages;
  readonly present: PresentMessages;
  readonly start: StartMessages;
  readonly map: MapMessages;
  readonly panels: PanelsMessages;
  readonly app: AppMessages;
  readonly timeline: TimelineMessages;
}
