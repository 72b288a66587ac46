/**
 * The article reader, loaded when a reader first asks for a passage: most readers never open it,
 * and its dialog, passage windowing and styles were about 1 KB of the first load (issue 8).
 */
import { lazy, Suspense } from 'react';
import { useDateline } from '../state/store-context';

const ArticleReader = lazy(() =>
  import('./ArticleReader').then((module) => ({ default: module.ArticleReader })),
);

/** The reader once a passage is asked for; nothing (and nothing loaded) before. */
export function LazyArticleReader() {
  const open = useDateline((state) => state.reader !== undefined);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ArticleReader />
    </Suspense>
  );
}
