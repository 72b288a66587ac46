/** Renames a kept story: a small modal form, run by the same dialog hook as the embed dialog. */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useModalDialog } from '../app/use-modal-dialog';
import '../ui/dialog.css';
import { useMessages } from '../ui/messages-context';
import '../i18n/lazy/start';

export interface RenameDialogProps {
  readonly title: string;
  readonly onRename: (title: string) => void;
  readonly onClose: () => void;
}

/** Longer titles are refused: a title is a headline, not the story. */
const MAX_TITLE = 300;

/** Open while mounted; `onClose` unmounts it (and returns focus to the Rename button). */
export function RenameDialog({ title, onRename, onClose }: RenameDialogProps) {
  const field = useRef<HTMLInputElement>(null);
  const { dialogProps, close } = useModalDialog(onClose, field);
  const [value, setValue] = useState(title);
  const [error, setError] = useState('');
  const ids = useId();
  const m = useMessages().start;
  const cancel = useMessages().common.cancel;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = value.trim();
    if (next === '') setError(m.needsTitle);
    else if (next.length > MAX_TITLE) setError(m.titleTooLong(MAX_TITLE));
    else {
      onRename(next);
      close();
    }
  };

  return (
    <dialog {...dialogProps} className="dialog form-dialog" aria-labelledby={`${ids}-title`}>
      <form className="form-dialog__form" onSubmit={submit} noValidate>
        <h2 id={`${ids}-title`} className="form-dialog__title">
          {m.renameTitle}
        </h2>
        <div className="form-dialog__field">
          <label htmlFor={`${ids}-field`} className="form-dialog__label">
            {m.titleLabel}
          </label>
          <input
            ref={field}
            id={`${ids}-field`}
            className="form-dialog__control"
            value={value}
            aria-invalid={error === '' ? undefined : true}
            aria-describedby={error === '' ? undefined : `${ids}-error`}
            onChange={(event) => {
              setValue(event.target.value);
              setError('');
            }}
          />
          {error !== '' && (
            <p id={`${ids}-error`} className="form-dialog__error">
              {error}
            </p>
          )}
        </div>
        <div className="form-dialog__actions">
          <button type="button" className="button" onClick={close}>
            {cancel}
          </button>
          <button type="submit" className="button button--primary">
            {m.rename}
          </button>
        </div>
      </form>
    </dialog>
  );
}
