/**
 * For a story kept only in this browser, the embed dialog says so plainly: an article cannot
 * load it from here. The person exports the file, hosts it beside Dateline, and writes where;
 * the code then carries `?story=` for that address.
 */
import type { Ref } from 'react';
import type { ProblemsMessages } from '../i18n/en/problems';
import { useShell } from '../app/shell-context';
import { useMessages } from '../ui/messages-context';
import type { HostedRefusal } from './embed-code';
import '../i18n/lazy/embed';
import '../i18n/lazy/problems';

export interface HostedStoryFieldProps {
  readonly id: string;
  readonly value: string;
  readonly problem: HostedRefusal | undefined;
  readonly onChange: (value: string) => void;
  readonly ref?: Ref<HTMLInputElement>;
}

export function HostedStoryField({ id, value, problem, onChange, ref }: HostedStoryFieldProps) {
  const shell = useShell();
  const messages = useMessages();
  const m = messages.embed;
  const said = problem && refusalText(problem, messages.problems);
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
      <p id={`${id}-hint`} className={said ? 'embed-dialog__problem' : 'embed-dialog__hint'}>
        {said ?? m.whereHint}
      </p>
    </div>
  );
}

function refusalText(refused: HostedRefusal, m: ProblemsMessages): string {
  switch (refused.code) {
    case 'empty':
      return m.hostedEmpty;
    case 'not-a-path':
      return m.hostedNotPath;
    case 'refused':
      return m.hostedRefused(refused.refusal, refused.origin);
  }
}
