/** Puts the theme and the kind colours on <html>, so the page, dialogs and scrollbars follow. */
import { useLayoutEffect } from 'react';
import type { Theme } from '../state/url-state';
import type { KindLook } from '../story/kind-looks';
import { kindProperties } from './kind-properties';

/** Sets data-theme and the --kind-* properties on the root element before the first paint. */
export function useDocumentTheme(theme: Theme, kinds: readonly KindLook[]): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    for (const [name, value] of Object.entries(kindProperties(theme, kinds)))
      root.style.setProperty(name, value);
  }, [theme, kinds]);
}
