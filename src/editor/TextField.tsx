/** A labelled text field (or text area) with its problems and hint, tied together for screen readers. */
import type { KeyboardEvent } from 'react';
import type { Problem } from '../story/problem';
import { describedBy, FieldProblems } from './field-problems';

export interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly problems?: readonly Problem[];
  readonly hint?: string;
  readonly multiline?: boolean;
  readonly inputMode?: 'decimal' | 'text' | 'numeric';
  readonly onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  readonly lang?: string;
}

export function TextField({
  id,
  label,
  value,
  onChange,
  problems = [],
  hint,
  multiline,
  inputMode,
  onKeyDown,
  lang,
}: TextFieldProps) {
  const tie = describedBy(id, problems, hint !== undefined);
  return (
    <div className="editor__field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          value={value}
          rows={3}
          lang={lang}
          onChange={(event) => onChange(event.target.value)}
          {...tie}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          inputMode={inputMode}
          lang={lang}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          {...tie}
        />
      )}
      {hint !== undefined && (
        <p id={`${id}-hint`} className="editor__hint">
          {hint}
        </p>
      )}
      <FieldProblems id={id} problems={problems} />
    </div>
  );
}
