/** The kind colours as CSS custom properties, written from EVENT_KINDS so they exist once. */
import { EVENT_KINDS, KIND_ORDER } from '../story/event-kinds';
import type { Theme } from '../state/url-state';

/** { '--kind-exercise': '#D55E00', … }, in the theme's variant. */
export function kindProperties(theme: Theme = 'light'): Record<string, string> {
  return Object.fromEntries(
    KIND_ORDER.map((kind) => {
      const style = EVENT_KINDS[kind];
      return [`--kind-${kind}`, theme === 'dark' ? style.colorOnDark : style.color];
    }),
  );
}
