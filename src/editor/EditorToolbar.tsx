/**
 * The editor's bar above the form: undo and redo, "Story settings", accepting every guess, the
 * problems the story has (each one a way to its event), the save state said politely, and
 * "Done editing". Publishing (Export JSON, Export briefing, Embed) stays in the masthead.
 */
import { useMemo } from 'react';
import { useDatelineStore, useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import type { SaveStatus } from './use-autosave';
import '../i18n/lazy/editor';
import '../i18n/lazy/library';
import '../i18n/lazy/problems';

export interface EditorToolbarProps {
  readonly status: SaveStatus;
  readonly message: string;
  readonly onDone: () => void;
}

export function EditorToolbar({ status, message, onDone }: EditorToolbarProps) {
  const m = useMessages();
  const store = useDatelineStore();
  const canUndo = useDateline((state) => state.canUndo);
  const canRedo = useDateline((state) => state.canRedo);
  const undo = useDateline((state) => state.undo);
  const redo = useDateline((state) => state.redo);
  const applyEdit = useDateline((state) => state.applyEdit);
  const problems = useDateline((state) => state.editProblems);
  const file = useDateline((state) => state.editHistory?.present);
  const guesses = useMemo(
    () => file?.events.filter((event) => event.review?.status === 'guess').length ?? 0,
    [file],
  );
  const saveText =
    status.kind === 'saved'
      ? m.editor.saved
      : status.kind === 'saving'
        ? m.editor.saving
        : status.kind === 'unloadable'
          ? m.editor.notSaved(m.editor.notLoadable)
          : status.kind === 'failed'
            ? m.editor.notSaved(m.library.error(status.error))
            : '';
  /** The event a problem's path names ("events[2].time.end" → the third event in the file). */
  const eventAt = (path: string) => {
    const index = /^events\[(\d+)\]/.exec(path)?.[1];
    return index === undefined ? undefined : file?.events[Number(index)]?.id;
  };
  return (
    <div className="editor__toolbar" role="toolbar" aria-label={m.editor.toolbar}>
      <div className="editor__buttons">
        <button
          type="button"
          className="button"
          disabled={!canUndo}
          onClick={undo}
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          {m.editor.undo}
        </button>
        <button
          type="button"
          className="button"
          disabled={!canRedo}
          onClick={redo}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        >
          {m.editor.redo}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => store.setState({ selectedId: undefined, selectionOrigin: 'list' })}
        >
          {m.editor.storySettings}
        </button>
        {guesses > 0 && (
          <button
            type="button"
            className="button"
            onClick={() => applyEdit({ type: 'accept-all' })}
          >
            {m.editor.acceptAll(guesses)}
          </button>
        )}
        <button type="button" className="button button--primary" onClick={onDone}>
          {m.editor.done}
        </button>
      </div>
      <p className="editor__status" role="status" aria-live="polite">
        {message || saveText}
      </p>
      {problems.length > 0 && (
        <details className="editor__all-problems">
          <summary>{m.editor.problems(problems.length)}</summary>
          <ul>
            {problems.map((problem, index) => {
              const eventId = eventAt(problem.path);
              return (
                <li key={index}>
                  {m.problems.describe(problem)}{' '}
                  {eventId !== undefined && (
                    <button
                      type="button"
                      className="button"
                      onClick={() =>
                        store.setState({ selectedId: eventId, selectionOrigin: 'list' })
                      }
                    >
                      {m.editor.goToProblem}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </div>
  );
}
