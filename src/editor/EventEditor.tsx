/**
 * The form for the selected event, read from the FILE under edit (not from the story on screen),
 * so an event whose edit does not load yet (an end before its start) stays here to be fixed.
 */
import { useState } from 'react';
import { eventPath } from '../edit/validate-story';
import { KIND_ORDER } from '../story/event-kinds';
import type { StoryEventInput, StoryFile } from '../story/story-schema';
import { selectKindTable } from '../state/selectors';
import { useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import { ArticlePane, type Selected } from './ArticlePane';
import { ContextField } from './ContextField';
import { DateField } from './DateField';
import { EventActions } from './EventActions';
import { ExcerptsField } from './ExcerptsField';
import { describedBy, FieldProblems, useProblemsAt } from './field-problems';
import { PlaceField } from './PlaceField';
import { TextField } from './TextField';
import '../i18n/lazy/editor';

export interface EventEditorProps {
  readonly event: StoryEventInput;
  readonly file: StoryFile;
  readonly say: (text: string) => void;
}

export function EventEditor({ event, file, say }: EventEditorProps) {
  const m = useMessages();
  const applyEdit = useDateline((state) => state.applyEdit);
  const path = eventPath(file, event.id) ?? 'events';
  const titleProblems = useProblemsAt(`${path}.title`);
  const kindProblems = useProblemsAt(`${path}.kind`);
  const [selected, setSelected] = useState<Selected | undefined>();
  const source =
    file.sources.find((item) => item.id === event.excerpts[0]?.source) ?? file.sources[0];
  const kinds = [
    ...new Set([...(file.kinds ?? []).map((kind) => kind.id), ...KIND_ORDER, event.kind]),
  ];
  const kindTable = useDateline(selectKindTable);
  const label = (kind: string) =>
    file.kinds?.find((item) => item.id === kind)?.label ?? kindTable.look(kind).label;
  const id = `edit-${event.id}`;
  const point =
    event.place?.geometry.type === 'Point' ? event.place.geometry.coordinates.join(',') : 'none';
  const guess = event.review?.status === 'guess';
  return (
    <div className="details__body editor__form">
      <h2 id="details-title" className="details__title">
        {m.editor.eventHeading}
      </h2>
      {guess && (
        <div className="editor__guess" role="note">
          <p>{m.editor.guess}</p>
          {event.review && event.review.reasons.length > 0 && (
            <ul>
              {event.review.reasons.map((reason, index) => (
                <li key={index}>
                  {reason.text}
                  {reason.alternatives &&
                    reason.alternatives.length > 0 &&
                    ` (${reason.alternatives.join('; ')})`}
                </li>
              ))}
            </ul>
          )}
          <div className="editor__buttons">
            <button
              type="button"
              className="button button--primary"
              onClick={() => applyEdit({ type: 'accept-guess', eventId: event.id })}
            >
              {m.editor.acceptGuess}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => applyEdit({ type: 'reject-guess', eventId: event.id })}
            >
              {m.editor.rejectGuess}
            </button>
          </div>
        </div>
      )}
      <TextField
        id={`${id}-title`}
        label={m.editor.title}
        value={event.title}
        onChange={(title) => applyEdit({ type: 'set-event-title', eventId: event.id, title })}
        problems={titleProblems}
      />
      <div className="editor__field">
        <label htmlFor={`${id}-kind`}>{m.editor.kind}</label>
        <select
          id={`${id}-kind`}
          value={event.kind}
          onChange={(change) =>
            applyEdit({ type: 'set-event-kind', eventId: event.id, kind: change.target.value })
          }
          {...describedBy(`${id}-kind`, kindProblems)}
        >
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {label(kind)}
            </option>
          ))}
        </select>
        <FieldProblems id={`${id}-kind`} problems={kindProblems} />
      </div>
      <DateField event={event} path={path} />
      <PlaceField key={`${event.id}:${point}`} event={event} path={path} />
      <ExcerptsField event={event} file={file} path={path} selected={selected} say={say} />
      {source && <ArticlePane source={source} onSelect={setSelected} />}
      <ContextField event={event} path={path} />
      <EventActions event={event} file={file} selected={selected} say={say} />
    </div>
  );
}
