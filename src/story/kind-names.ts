/**
 * The built-in kind ids and the symbol names, as plain lists: the reader's first view needs them
 * (legend, marks) before, and without, the story schema (zod), which parses in a worker. The
 * schema builds its enums from these lists, so the two cannot drift apart.
 */

/** The six kinds of version 1: the kinds of a story that declares none. */
export const EVENT_KIND_IDS = [
  'exercise',
  'military-presence',
  'conflict',
  'diplomacy',
  'statement',
  'policy',
] as const;

/**
 * The symbols a kind can be drawn with: filled outlines that stay apart at 12 px, in greyscale
 * print and for colour-blind readers (no two differ only by size or colour).
 */
export const KIND_SYMBOL_NAMES = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'triangle-down',
  'star',
  'hexagon',
  'cross',
  'x',
] as const;

export type EventKind = (typeof EVENT_KIND_IDS)[number];
export type KindSymbol = (typeof KIND_SYMBOL_NAMES)[number];

/** Whether an id is one of the built-in kinds. */
export function isEventKind(id: unknown): id is EventKind {
  return EVENT_KIND_IDS.some((kind) => kind === id);
}

/** Whether a name is one of the symbols. */
export function isKindSymbol(name: unknown): name is KindSymbol {
  return KIND_SYMBOL_NAMES.some((symbol) => symbol === name);
}
