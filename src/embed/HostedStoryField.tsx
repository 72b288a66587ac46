/**
 * For a story kept only in this browser, the embed dialog says so plainly: an article cannot
 * load it from here. The person exports the file, hosts it beside Dateline, and writes where;
 * the code then carries `?story=` for that address.
 */
import type { Ref } from 'react';
import { useShell } from '../app/shell-context';

export interface HostedStoryFieldProps {
  readonly id: string;
  readonly value: string;
  readonly problem: string | undefined;
  readonly onChange: (value: string) => void;
  readonly ref?: Ref<HTMLInputElement>;
}

export function HostedStoryField({ id, value, problem, onChange, ref }: HostedStoryFieldProps) {
  const shell = useShell();
  return (
    <div className="embed-dialog__hosting">
      <p id={`${id}-why`}>
        <strong>This story is kept only in this browser.</strong> A reader’s browser cannot open it
        from here: the story file must be hosted on this site first. Export it as JSON, put it on
        the site that serves Dateline, and write below where it will live.
      </p>
      {shell && (
        <button type="button" className="button" onClick={shell.exportStory}>
          Export JSON
        </button>
      )}
      <label className="embed-dialog__code-label" htmlFor={id}>
        Where the story file will live
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
        {problem ?? 'A path beside Dateline, such as stories/my-story.json, or its full address.'}
      </p>
    </div>
  );
}
