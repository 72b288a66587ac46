/** The event's facts from elsewhere, each with its source: listed with Remove, and a form to add one. */
import { useState, type FormEvent } from 'react';
import type { StoryEventInput } from '../story/story-schema';
import { useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import { FieldProblems, useProblemsAt } from './field-problems';
import { TextField } from './TextField';
import '../i18n/lazy/editor';

const EMPTY = { text: '', title: '', publisher: '', url: '' };

export function ContextField({ event, path }: { event: StoryEventInput; path: string }) {
  const m = useMessages();
  const applyEdit = useDateline((state) => state.applyEdit);
  const problems = useProblemsAt(`${path}.context`);
  const [fact, setFact] = useState(EMPTY);
  const id = `edit-${event.id}-context`;
  const add = (submit: FormEvent) => {
    submit.preventDefault();
    const url = fact.url.trim();
    applyEdit({
      type: 'add-context',
      eventId: event.id,
      text: fact.text,
      source: { title: fact.title, publisher: fact.publisher, ...(url === '' ? {} : { url }) },
    });
    setFact(EMPTY);
  };
  return (
    <fieldset className="editor__group">
      <legend>{m.editor.context}</legend>
      {event.context.length > 0 && (
        <ul className="editor__facts">
          {event.context.map((item, index) => (
            <li key={index}>
              <p>
                {item.text} <span className="editor__hint">({item.source.publisher})</span>
              </p>
              <button
                type="button"
                className="button"
                onClick={() => applyEdit({ type: 'remove-context', eventId: event.id, index })}
              >
                {m.editor.removeFact}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FieldProblems id={id} problems={problems} />
      <form onSubmit={add}>
        <TextField
          id={`${id}-text`}
          label={m.editor.factText}
          value={fact.text}
          onChange={(text) => setFact({ ...fact, text })}
          multiline
        />
        <div className="editor__row">
          <TextField
            id={`${id}-title`}
            label={m.editor.factTitle}
            value={fact.title}
            onChange={(title) => setFact({ ...fact, title })}
          />
          <TextField
            id={`${id}-publisher`}
            label={m.editor.factPublisher}
            value={fact.publisher}
            onChange={(publisher) => setFact({ ...fact, publisher })}
          />
        </div>
        <TextField
          id={`${id}-url`}
          label={m.editor.factUrl}
          value={fact.url}
          onChange={(url) => setFact({ ...fact, url })}
        />
        <button
          type="submit"
          className="button"
          disabled={[fact.text, fact.title, fact.publisher].some((text) => text.trim() === '')}
        >
          {m.editor.addFact}
        </button>
      </form>
    </fieldset>
  );
}
