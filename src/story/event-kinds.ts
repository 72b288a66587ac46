/**
 * How each kind of event looks: a colour from the Okabe–Ito set (safe for colour-blind readers),
 * darkened where needed for 3:1 contrast on the pale basemap, plus a shape, so kinds stay apart
 * in greyscale print too.
 */
import type { EventKind } from './story-schema';

export type KindShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'star';

export interface KindStyle {
  readonly label: string;
  readonly color: string;
  readonly shape: KindShape;
}

export const EVENT_KINDS: Readonly<Record<EventKind, KindStyle>> = {
  exercise: { label: 'Military exercise', color: '#D55E00', shape: 'triangle' },
  'military-presence': { label: 'Military presence', color: '#6B4E16', shape: 'square' },
  conflict: { label: 'Conflict', color: '#1A1A1A', shape: 'star' },
  diplomacy: { label: 'Diplomacy', color: '#0072B2', shape: 'circle' },
  statement: { label: 'Statement', color: '#A0467A', shape: 'diamond' },
  policy: { label: 'Policy', color: '#007A5A', shape: 'hexagon' },
};

/** Kinds in legend order. */
export const KIND_ORDER: readonly EventKind[] = [
  'exercise',
  'military-presence',
  'conflict',
  'diplomacy',
  'statement',
  'policy',
];
