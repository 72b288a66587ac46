/** "Edit" or "Edit a copy" in the header (on a phone, the same action is in the More menu). */
import { useEditAction } from './use-edit-action';

export function EditButton() {
  const action = useEditAction();
  if (!action) return null;
  return (
    <button type="button" className="button" disabled={!action.ready} onClick={action.run}>
      {action.label}
    </button>
  );
}
