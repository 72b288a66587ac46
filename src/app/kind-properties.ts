/** The kind colours as CSS custom properties, written from EVENT_KINDS so they exist once. */
import { EVENT_KINDS, KIND_ORDER } from '../story/event-kinds';

/** { '--kind-exercise': '#D55E00', … } */
export function kindProperties(): Record<string, string> {
  return Object.fromEntries(KIND_ORDER.map((kind) => [`--kind-${kind}`, EVENT_KINDS[kind].color]));
}
