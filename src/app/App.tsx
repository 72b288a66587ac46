/**
 * The composition root: applies the theme, keeps the URL a permalink, marks when the story is
 * visible, and renders the layout. Embed and presentation layouts will be chosen here by mode.
 */
import { useDateline } from '../state/store-context';
import { StandardLayout } from './StandardLayout';
import { useDocumentTheme } from './use-document-theme';
import { usePermalink } from './use-permalink';
import { useStoryVisibleMark } from './use-story-visible-mark';
import './theme.css';
import './app.css';

/** The whole app, for the store handed down by <StoreProvider>. */
export function App() {
  const theme = useDateline((state) => state.settings.theme);
  const ready = useDateline((state) => state.status === 'ready');
  useDocumentTheme(theme);
  usePermalink();
  useStoryVisibleMark(ready);
  return <StandardLayout />;
}
