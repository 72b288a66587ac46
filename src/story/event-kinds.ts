/**
 * How each built-in kind of event looks (the kinds of a story that declares none): a colour from
 * the Okabe–Ito set (safe for colour-blind readers), darkened where needed for 3:1 contrast on the
 * pale basemap, plus a symbol, so kinds stay apart in greyscale print too. A story's own kinds are
 * resolved in kind-looks.ts.
 */
import { EVENT_KIND_IDS, type EventKind, type KindSymbol } from './kind-names';

export interface KindStyle {
  readonly label: string;
  /** On light surfaces (and on map marks, which carry a pale outline in both themes). */
  readonly color: string;
  /** On dark surfaces: lightened so text-sized marks keep 3:1 contrast. */
  readonly colorOnDark: string;
  readonly symbol: KindSymbol;
}

export const EVENT_KINDS: Readonly<Record<EventKind, KindStyle>> = {
  exercise: {
    label: 'Military exercise',
    color: '#D55E00',
    colorOnDark: '#F0873F',
    symbol: 'triangle',
  },
  'military-presence': {
    label: 'Military presence',
    color: '#6B4E16',
    colorOnDark: '#C9A86A',
    symbol: 'square',
  },
  conflict: { label: 'Conflict', color: '#1A1A1A', colorOnDark: '#F2F2F2', symbol: 'star' },
  diplomacy: { label: 'Diplomacy', color: '#0072B2', colorOnDark: '#56B4E9', symbol: 'circle' },
  statement: { label: 'Statement', color: '#A0467A', colorOnDark: '#E08FC0', symbol: 'diamond' },
  policy: { label: 'Policy', color: '#007A5A', colorOnDark: '#3CC39B', symbol: 'hexagon' },
};

/** Built-in kinds in legend order: the order the format lists them in. */
export const KIND_ORDER: readonly EventKind[] = EVENT_KIND_IDS;
