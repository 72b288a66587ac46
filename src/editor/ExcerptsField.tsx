/**
 * The event's excerpts: each quote with Remove (an event keeps at least one), the passage
 * selected in the article pane added with one button, or a passage pasted and checked: only a
 * verbatim piece of the article can become a quote (the edit refuses anything else, and says so).
 */
import { useState } from 'react';
import type { StoryEventInput, StoryFile } from '../story/story-schema';
import { useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import type { Selected } from './ArticlePane';
import { FieldProblems, useProblemsAt } from './field-problems';
import { TextField } from './TextField';
import '../i18n/lazy/editor';

export interface ExcerptsFieldProps {
  readonly event: StoryEventInput;
  readonly file: StoryFile;
  readonly path: string;
  readonly selected: Selected | undefined;
  /** Says what happened (a refused quote) in the editor's live region. */
  readonly say: (text: string) => void;
}

export function ExcerptsField({ event, file, path, selected, say }: ExcerptsFieldProps) {
  const m = useMessages();
  const applyEdit = useDateline((state) => state.applyEdit);
  const [pasted, setPasted] = useState('');
  const problems = useProblemsAt(`${path}.excerpts`);
  const id = `edit-${event.id}-excerpts`;
  const firstSource = file.sources[0]?.id ?? '';
  const add = (source: string, quote: string) => {
    const result = applyEdit({ type: 'add-excerpt', eventId: event.id, source, quote });
    if (!result.ok) say(m.editor.refused(result.reason));
    return result.ok;
  };
  return (
    <fieldset className="editor__group">
      <legend>{m.editor.excerpts}</legend>
      <ol className="editor__excerpts">
        {event.excerpts.map((excerpt, index) => (
          <li key={`${excerpt.source}:${excerpt.quote}`}>
            <blockquote>{excerpt.quote}</blockquote>
            <button
              type="button"
              className="button"
              disabled={event.excerpts.length < 2}
              onClick={() => applyEdit({ type: 'remove-excerpt', eventId: event.id, index })}
            >
              {m.editor.removeExcerpt}
            </button>
          </li>
        ))}
      </ol>
      <FieldProblems id={id} problems={problems} />
      <button
        type="button"
        className="button button--primary"
        disabled={!selected}
        aria-describedby={selected ? undefined : `${id}-select-hint`}
        onClick={() => selected && add(selected.source, selected.quote)}
      >
        {m.editor.addSelection}
      </button>
      {!selected && (
        <p id={`${id}-select-hint`} className="editor__hint">
          {m.editor.selectFirst}
        </p>
      )}
      <form
        className="editor__row editor__row--end"
        onSubmit={(submit) => {
          submit.preventDefault();
          if (add(firstSource, pasted.trim())) setPasted('');
        }}
      >
        <TextField
          id={`${id}-paste`}
          label={m.editor.orPaste}
          value={pasted}
          onChange={setPasted}
          multiline
        />
        <button type="submit" className="button" disabled={pasted.trim() === ''}>
          {m.editor.addExcerpt}
        </button>
      </form>
    </fieldset>
  );
}
