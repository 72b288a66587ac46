/** "Edit" or "Edit a copy" in the header (where it has no room, the same action is in More). */
import type { FoldableAction } from './header-fold';
import { useEditAction } from './use-edit-action';

/** `fold`: its name for header-fold.css, which hides it where the More menu holds it. */
export function EditButton({ fold }: { readonly fold?: FoldableAction }) {
  const action = useEditAction();
  if (!action) return null;
  return (
    <button
      type="button"
      className="button"
      data-fold={fold}
      disabled={!action.ready}
      onClick={action.run}
    >
      {action.label}
    </button>
  );
}
