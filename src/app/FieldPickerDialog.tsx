/**
 * Asks which GeoJSON property or CSV column fills each part of an event the importer could not
 * guess (the time, the title…): one labelled list per part, run by the same dialog hook as the
 * rename and embed dialogs. Cancel closes it and puts focus back where it was.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { FieldRole } from '../import/import-file';
import type { FieldAnswers, FieldQuestion } from '../library/read-story-file';
import { useModalDialog } from './use-modal-dialog';
import '../ui/dialog.css';
import { useMessages } from '../ui/messages-context';

export interface FieldPickerDialogProps {
  readonly question: FieldQuestion;
  /** Imports with the answers; resolves to what went wrong (the dialog stays), or none. */
  readonly onChoose: (fields: FieldAnswers) => Promise<readonly string[]>;
  readonly onClose: () => void;
}

/** Open while mounted; `onClose` unmounts it. */
export function FieldPickerDialog({ question, onChoose, onClose }: FieldPickerDialogProps) {
  // What had focus when the file was opened (the Open button), to go back to on Cancel.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : undefined,
  );
  const first = useRef<HTMLSelectElement>(null);
  const { dialogProps, close } = useModalDialog(() => {
    onClose();
    if (opener?.isConnected) opener.focus();
  }, first);
  const [answers, setAnswers] = useState<FieldAnswers>({});
  const [errors, setErrors] = useState<Partial<Record<FieldRole, string>>>({});
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [working, setWorking] = useState(false);
  const ids = useId();
  const columns = question.format === 'csv';
  const m = useMessages().app;
  const cancel = useMessages().common.cancel;
  const roleName = (role: FieldRole) => m.roles[role];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (working) return;
    const missing: Partial<Record<FieldRole, string>> = {};
    for (const { role, candidates } of question.needs) {
      const chosen = answers[role];
      if (chosen === undefined || !candidates.includes(chosen)) {
        missing[role] = m.pickerMissing(columns, roleName(role));
      }
    }
    setErrors(missing);
    setProblems([]);
    const firstMissing = question.needs.find(({ role }) => missing[role] !== undefined);
    if (firstMissing) {
      document.getElementById(`${ids}-${firstMissing.role}`)?.focus();
      return;
    }
    setWorking(true);
    const left = await onChoose(answers);
    setWorking(false);
    setProblems(left);
  };

  return (
    <dialog {...dialogProps} className="dialog form-dialog" aria-labelledby={`${ids}-title`}>
      <form className="form-dialog__form" onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${ids}-title`} className="form-dialog__title">
          {m.pickerTitle(columns)}
        </h2>
        <p className="form-dialog__intro">{m.pickerIntro(question.name, columns)}</p>
        {problems.length > 0 && (
          <div role="alert" className="form-dialog__error">
            {problems.map((problem) => (
              <p key={problem}>{problem}</p>
            ))}
          </div>
        )}
        {question.needs.map(({ role, candidates }, index) => {
          const id = `${ids}-${role}`;
          const error = errors[role];
          return (
            <div key={role} className="form-dialog__field">
              <label htmlFor={id} className="form-dialog__label">
                {m.pickerLabel(roleName(role))}
              </label>
              <select
                ref={index === 0 ? first : undefined}
                id={id}
                className="form-dialog__control"
                value={answers[role] ?? ''}
                aria-invalid={error === undefined ? undefined : true}
                aria-describedby={error === undefined ? undefined : `${id}-error`}
                onChange={(event) => {
                  const value = event.target.value;
                  setAnswers((all) => ({ ...all, [role]: value === '' ? undefined : value }));
                  setErrors((all) => ({ ...all, [role]: undefined }));
                }}
              >
                <option value="">{m.pickerChoose(columns)}</option>
                {candidates.map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {candidate}
                  </option>
                ))}
              </select>
              {error !== undefined && (
                <p id={`${id}-error`} className="form-dialog__error">
                  {error}
                </p>
              )}
            </div>
          );
        })}
        <div className="form-dialog__actions">
          <button type="button" className="button" onClick={close}>
            {cancel}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={working}>
            {working ? m.openingShort : m.open}
          </button>
        </div>
      </form>
    </dialog>
  );
}
