/**
 * The composition root: applies the theme, keeps the URL a permalink, marks when the story is
 * visible, and renders the layout the link's mode asks for.
 */
import { lazy, Suspense } from 'react';
import { selectKindTable } from '../state/selectors';
import { useDateline } from '../state/store-context';
import { FirstViewSignal, useFirstViewSignal } from './prerender-takeover';
import { StandardLayout } from './StandardLayout';
import { useDocumentTheme } from './use-document-theme';
import { usePermalink } from './use-permalink';
import { useStoryVisibleMark } from './use-story-visible-mark';
import './theme.css';
import './app.css';
import { useMessages } from '../ui/messages-context';

// Embeds and presentations load their own code only when asked for, so a reader's first paint
// carries just the standard layout.
const EmbedLayout = lazy(() => import('../embed/EmbedLayout'));
const PresentLayout = lazy(() => import('../present/PresentLayout'));
const PresenterView = lazy(() => import('../present/PresenterView'));
// The editor's code comes only with `?edit`: a reader never loads it.
const EditorLayout = lazy(() => import('../editor/EditorLayout'));

/** The whole app, for the store handed down by <StoreProvider>. */
export function App() {
  const theme = useDateline((state) => state.settings.theme);
  const mode = useDateline((state) => state.settings.mode);
  const ready = useDateline((state) => state.status === 'ready');
  const edit = useDateline((state) => state.settings.initial.edit === true);
  const settled = useDateline((state) => state.status !== 'loading');
  // A presentation's first view is its first step, taken once the story is ready.
  const firstView = useDateline(
    (state) =>
      state.status === 'failed' ||
      (state.status === 'ready' &&
        (state.settings.mode !== 'present' ||
          state.stepIndex !== undefined ||
          (state.story?.steps.length ?? 0) === 0)),
  );
  const kinds = useDateline(selectKindTable).kinds;
  const m = useMessages().app;
  useDocumentTheme(theme, kinds);
  usePermalink();
  useStoryVisibleMark(ready);
  // A mode's layout loads lazily: its signal waits inside the boundary for the layout's code.
  useFirstViewSignal(settled && mode === 'app');
  if (mode === 'app' && edit) {
    return (
      <Suspense fallback={<StandardLayout />}>
        <EditorLayout Layout={StandardLayout} />
      </Suspense>
    );
  }
  if (mode === 'app') return <StandardLayout />;
  return (
    <Suspense fallback={<p role="status">{m.loading}</p>}>
      <FirstViewSignal settled={firstView} />
      {mode === 'embed' && <EmbedLayout />}
      {mode === 'present' && <PresentLayout />}
      {mode === 'presenter' && <PresenterView />}
    </Suspense>
  );
}
