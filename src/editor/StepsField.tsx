/** The presentation's steps in order, each with its speaker notes, moved, removed or added. */
import { useState } from 'react';
import { stepsOf } from '../edit/edit-result';
import type { StoryFile } from '../story/story-schema';
import { useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import '../i18n/lazy/editor';

export function StepsField({ file }: { file: StoryFile }) {
  const m = useMessages();
  const applyEdit = useDateline((state) => state.applyEdit);
  const steps = stepsOf(file);
  const [adding, setAdding] = useState(file.events[0]?.id ?? '');
  const titleOf = (eventId: string) =>
    file.events.find((event) => event.id === eventId)?.title ?? eventId;
  return (
    <fieldset className="editor__group">
      <legend>{m.editor.steps}</legend>
      <ol className="editor__steps">
        {steps.map((step, index) => (
          <li key={`${index}:${step.event}`}>
            <label htmlFor={`edit-step-${index}`}>
              {m.editor.stepNotes(index + 1, titleOf(step.event))}
            </label>
            <textarea
              id={`edit-step-${index}`}
              rows={2}
              value={step.notes ?? ''}
              onChange={(change) =>
                applyEdit({ type: 'set-step-notes', index, notes: change.target.value })
              }
            />
            <div className="editor__buttons">
              <button
                type="button"
                className="button"
                disabled={index === 0}
                onClick={() => applyEdit({ type: 'move-step', index, to: index - 1 })}
              >
                {m.editor.moveUp}
              </button>
              <button
                type="button"
                className="button"
                disabled={index === steps.length - 1}
                onClick={() => applyEdit({ type: 'move-step', index, to: index + 1 })}
              >
                {m.editor.moveDown}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => applyEdit({ type: 'remove-step', index })}
              >
                {m.editor.removeStep}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {file.events.length > 0 && (
        <div className="editor__row editor__row--end">
          <div className="editor__field">
            <label htmlFor="edit-step-add">{m.editor.addStepFor}</label>
            <select
              id="edit-step-add"
              value={adding}
              onChange={(change) => setAdding(change.target.value)}
            >
              {file.events.map((event) => (
                <option key={event.id} value={event.id}>
                  {event.title}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button"
            onClick={() => applyEdit({ type: 'add-step', step: { event: adding } })}
          >
            {m.editor.addStep}
          </button>
        </div>
      )}
    </fieldset>
  );
}
