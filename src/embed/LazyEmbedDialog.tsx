/** The embed dialog, whose code (code builder, size and theme choices) loads when first opened. */
import { lazy, Suspense } from 'react';

const EmbedDialog = lazy(async () => ({ default: (await import('./EmbedDialog')).EmbedDialog }));

export function LazyEmbedDialog({ onClose }: { readonly onClose: () => void }) {
  return (
    <Suspense fallback={null}>
      <EmbedDialog onClose={onClose} />
    </Suspense>
  );
}
