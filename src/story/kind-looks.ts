/**
 * How each kind of a story looks: its label, colour (one for light surfaces and map marks, one for
 * dark surfaces) and symbol. Declared kinds come first, in the story's order; kinds used by events
 * but not declared follow, sorted by id. A story that declares no kinds has the six built-in ones.
 * What a story leaves unsaid gets a default: built-in ids keep their built-in look; any other kind
 * takes the first colour and the first symbol that no other kind of the story uses yet, so looks
 * stay apart and never depend on the order of events in the file.
 */
import { EVENT_KINDS, KIND_ORDER } from './event-kinds';
import { DARK_SURFACES, LIGHT_SURFACES, legibleColor } from './kind-colour';
import { isEventKind, KIND_SYMBOL_NAMES, type KindSymbol } from './kind-names';
import type { KindDeclaration } from './story-schema';

/** One kind, fully resolved. */
export interface KindLook {
  readonly id: string;
  readonly label: string;
  /** On light surfaces, and on map marks (which carry a pale outline in both themes). */
  readonly color: string;
  /** On dark surfaces. */
  readonly colorOnDark: string;
  readonly symbol: KindSymbol;
}

/** A story's kinds in legend order, and the look of any kind id. */
export interface KindTable {
  readonly kinds: readonly KindLook[];
  look(id: string): KindLook;
}

/**
 * Default colours: the built-in kinds' Okabe–Ito colours (safe for colour-blind readers), each
 * with its variant for dark surfaces, already 3:1 on both themes.
 */
export const DEFAULT_PALETTE: readonly { readonly color: string; readonly colorOnDark: string }[] =
  KIND_ORDER.map((kind) => ({
    color: EVENT_KINDS[kind].color.toLowerCase(),
    colorOnDark: EVENT_KINDS[kind].colorOnDark.toLowerCase(),
  }));

/** Every symbol, in the order defaults take them. */
export const KIND_SYMBOLS: readonly KindSymbol[] = KIND_SYMBOL_NAMES;

/** What the story says about a kind, before defaults. */
interface KindIntent {
  readonly id: string;
  readonly label: string;
  readonly color?: string | undefined;
  readonly colorOnDark?: string | undefined;
  readonly symbol?: KindSymbol | undefined;
}

/** "military-presence" → "Military presence": a label for a kind nobody named. */
export function labelFromId(id: string): string {
  const words = id.replace(/-+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function builtIn(id: string): KindIntent | undefined {
  if (!isEventKind(id)) return undefined;
  const style = EVENT_KINDS[id];
  return { id, ...style };
}

function declared(declaration: KindDeclaration): KindIntent {
  const { id, label, color, symbol } = declaration;
  if (color === undefined) return { id, label, symbol };
  return {
    id,
    label,
    symbol,
    color: legibleColor(color, LIGHT_SURFACES, 'dark'),
    colorOnDark: legibleColor(color, DARK_SURFACES, 'light'),
  };
}

/** Fills in what each intent leaves out, avoiding colours and symbols already taken. */
function resolve(intents: readonly KindIntent[]): KindLook[] {
  const usedColors = new Set(
    intents.flatMap((intent) => (intent.color === undefined ? [] : [intent.color.toLowerCase()])),
  );
  const usedSymbols = new Set(
    intents.map((intent) => intent.symbol).filter((s) => s !== undefined),
  );
  let colorTurn = 0;
  let symbolTurn = 0;
  return intents.map((intent) => {
    let { color, colorOnDark, symbol } = intent;
    if (color === undefined || colorOnDark === undefined) {
      const free = DEFAULT_PALETTE.find((entry) => !usedColors.has(entry.color));
      const entry = free ?? DEFAULT_PALETTE[colorTurn++ % DEFAULT_PALETTE.length];
      color = entry?.color ?? '#555555';
      colorOnDark = entry?.colorOnDark ?? '#aaaaaa';
      usedColors.add(color);
    }
    if (symbol === undefined) {
      symbol =
        KIND_SYMBOLS.find((candidate) => !usedSymbols.has(candidate)) ??
        KIND_SYMBOLS[symbolTurn++ % KIND_SYMBOLS.length] ??
        'circle';
      usedSymbols.add(symbol);
    }
    return { id: intent.id, label: intent.label, color, colorOnDark, symbol };
  });
}

/** What a kind table is built from: a parsed story, or anything with its kinds and events. */
export interface KindSource {
  readonly kinds: readonly KindDeclaration[];
  readonly events: readonly { readonly kind: string }[];
}

function build(source: KindSource): KindTable {
  const intents: KindIntent[] =
    source.kinds.length > 0
      ? source.kinds.map(declared)
      : KIND_ORDER.flatMap((kind) => builtIn(kind) ?? []);
  const known = new Set(intents.map((intent) => intent.id));
  const undeclared = [...new Set(source.events.map((event) => event.kind))]
    .filter((id) => !known.has(id))
    .sort();
  for (const id of undeclared) intents.push(builtIn(id) ?? { id, label: labelFromId(id) });
  const kinds = resolve(intents);
  const byId = new Map(kinds.map((kind) => [kind.id, kind]));
  return {
    kinds,
    // Ids outside the table (none, for a parsed story) still get a look rather than a crash.
    look: (id) => byId.get(id) ?? { id, label: labelFromId(id), ...FALLBACK },
  };
}

const FALLBACK = { color: '#555555', colorOnDark: '#aaaaaa', symbol: 'circle' } as const;

const tables = new WeakMap<KindSource, KindTable>();

/** The kinds of a story, built once per story. */
export function kindTable(source: KindSource): KindTable {
  let table = tables.get(source);
  if (!table) {
    table = build(source);
    tables.set(source, table);
  }
  return table;
}

/** The six built-in kinds: the table of a story that declares and uses no other. */
export const BUILT_IN_KINDS: KindTable = kindTable({ kinds: [], events: [] });
