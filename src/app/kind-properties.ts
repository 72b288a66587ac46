/** The kind colours as CSS custom properties, written from the story's kinds so they exist once. */
import { BUILT_IN_KINDS, type KindLook } from '../story/kind-looks';
import type { Theme } from '../state/url-state';

/** { '--kind-exercise': '#d55e00', … }, in the theme's variant. */
export function kindProperties(
  theme: Theme = 'light',
  kinds: readonly KindLook[] = BUILT_IN_KINDS.kinds,
): Record<string, string> {
  return Object.fromEntries(
    kinds.map((kind) => [`--kind-${kind.id}`, theme === 'dark' ? kind.colorOnDark : kind.color]),
  );
}
