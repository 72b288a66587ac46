/**
 * Whole-event actions: a new event from the passage selected in the article, delete, merge
 * another event into this one, and split chosen excerpts off into a new event.
 */
import { useState } from 'react';
import { newEventId } from '../edit/structure-ops';
import type { StoryEventInput, StoryFile } from '../story/story-schema';
import { useDatelineStore, useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import type { Selected } from './ArticlePane';
import '../i18n/lazy/editor';

export interface EventActionsProps {
  readonly event: StoryEventInput;
  readonly file: StoryFile;
  readonly selected: Selected | undefined;
  readonly say: (text: string) => void;
}

/** A title for a new event: the start of its quote, cut at a word. */
function titleFrom(quote: string): string {
  if (quote.length <= 60) return quote;
  const cut = quote.slice(0, 60);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 30))}…`;
}

export function EventActions({ event, file, selected, say }: EventActionsProps) {
  const m = useMessages();
  const store = useDatelineStore();
  const applyEdit = useDateline((state) => state.applyEdit);
  const others = file.events.filter((other) => other.id !== event.id);
  const [picked, setMergeId] = useState(others[0]?.id ?? '');
  // The picked event may be gone since (merged, deleted, undone): fall back to the first.
  const mergeId = others.some((other) => other.id === picked) ? picked : (others[0]?.id ?? '');
  const [splitting, setSplitting] = useState<ReadonlySet<number>>(new Set());
  const id = `edit-${event.id}-actions`;
  const report = (result: { ok: boolean; reason?: string }) => {
    if (!result.ok && result.reason !== undefined) say(m.editor.refused(result.reason));
    return result.ok;
  };
  /** Selects an event the story may not show yet (it may have problems): the form shows it. */
  const selectEvent = (eventId: string | undefined) =>
    store.setState({ selectedId: eventId, selectionOrigin: 'list' });

  const newEvent = () => {
    if (!selected) return;
    const eventId = newEventId(file, titleFrom(selected.quote));
    const { place: _place, review: _review, ...rest } = event;
    const added = applyEdit({
      type: 'add-event',
      event: {
        ...rest,
        id: eventId,
        title: titleFrom(selected.quote),
        excerpts: [{ source: selected.source, quote: selected.quote }],
        context: [],
      },
    });
    if (report(added)) selectEvent(eventId);
  };

  return (
    <fieldset className="editor__group">
      <legend>{m.editor.eventActions}</legend>
      <div className="editor__buttons">
        <button type="button" className="button" disabled={!selected} onClick={newEvent}>
          {m.editor.newEvent}
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            if (report(applyEdit({ type: 'delete-event', eventId: event.id })))
              selectEvent(undefined);
          }}
        >
          {m.editor.deleteEvent}
        </button>
      </div>
      {others.length > 0 && (
        <div className="editor__row editor__row--end">
          <div className="editor__field">
            <label htmlFor={`${id}-merge`}>{m.editor.mergeWith}</label>
            <select
              id={`${id}-merge`}
              value={mergeId}
              onChange={(change) => setMergeId(change.target.value)}
            >
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.title}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button"
            onClick={() => report(applyEdit({ type: 'merge-events', keepId: event.id, mergeId }))}
          >
            {m.editor.merge}
          </button>
        </div>
      )}
      {event.excerpts.length > 1 && (
        <fieldset className="editor__split">
          <legend>{m.editor.split}</legend>
          {event.excerpts.map((excerpt, index) => (
            <label key={`${excerpt.source}:${excerpt.quote}`} className="editor__check">
              <input
                type="checkbox"
                checked={splitting.has(index)}
                onChange={(change) => {
                  const next = new Set(splitting);
                  if (change.target.checked) next.add(index);
                  else next.delete(index);
                  setSplitting(next);
                }}
              />
              {m.editor.splitPick(index + 1)}
            </label>
          ))}
          <button
            type="button"
            className="button"
            disabled={splitting.size === 0 || splitting.size === event.excerpts.length}
            onClick={() => {
              const newId = newEventId(file, event.id);
              const done = report(
                applyEdit({
                  type: 'split-event',
                  eventId: event.id,
                  excerptIndexes: [...splitting],
                  newId,
                }),
              );
              if (done) {
                setSplitting(new Set());
                selectEvent(newId);
              }
            }}
          >
            {m.editor.split}
          </button>
        </fieldset>
      )}
    </fieldset>
  );
}
