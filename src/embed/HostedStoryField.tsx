/**
 * For a story kept only in this browser, the embed dialog says so plainly: an article cannot
 * load it from here. The person exports the file, hosts it beside Dateline, and writes where;
 * the code then carries `?story=` for that address.
 */
import type { Ref } from 'react';
import { useShell } from '../app/shell-context';
import { useMessages } from '../ui/messages-context';

export interface HostedStoryFieldProps {
  readonly id: string;
  readonly value: string;
  readonly problem: string | undefined;
  readonly onChange: (value: string) => void;
  readonly ref?: Ref<HTMLInputElement>;
}

export function HostedStoryField({ id, value, problem, onChange, ref }: HostedStoryFieldProps) {
  const shell = useShell();
  const m = useMessages().embed;
  return (
    <div className="embed-dialog__hosting">
      <p id={`${id}-why`}>
        <strong>{m.keptHere}</strong> {m.keptHereWhy}
      </p>
      {shell && (
        <button type="button" className="button" onClick={shell.exportStory}>
          {m.exportJson}
        </button>
      )}
      <label className="embed-dialog__code-label" htmlFor={id}>
        {m.whereLabel}
      </label>
      <input
        ref={ref}
        id={id}
        className="embed-dialog__path"
        value={value}
        spellCheck={false}
        aria-invalid={problem === undefined ? undefined : true}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className={problem ? 'embed-dialog__problem' : 'embed-dialog__hint'}>
        {problem ?? m.whereHint}
      </p>
    </div>
  );
}
