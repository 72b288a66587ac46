/**
 * The editor: the reader's own screen (map, timeline, event list, masthead with its Export and
 * Embed actions) with the edit toolbar and the forms in place of the details. Loaded only for
 * `?edit`. Opens the library story the link names, starts an editing session in the store, saves
 * every change back to the library, and answers Ctrl/⌘+Z.
 */
import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import type { LayoutSlots } from '../app/StandardLayout';
import { useShell } from '../app/shell-context';
import { EDIT_ENGINE } from './edit-engine';
import { editableFromText } from '../edit/editable-file';
import { readLocalStoryRef } from '../library/story-ref';
import { useDatelineStore, useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import { EditorToolbar } from './EditorToolbar';
import { EventEditor } from './EventEditor';
import { StorySettings } from './StorySettings';
import { useAutosave } from './use-autosave';
import { useUndoKeys } from './use-undo-keys';
import './editor.css';
import '../i18n/lazy/editor';
import '../i18n/lazy/library';
import '../i18n/lazy/problems';

type Opening =
  | { readonly kind: 'opening' }
  | { readonly kind: 'open' }
  | { readonly kind: 'refused'; readonly lines: readonly string[] };

export interface EditorLayoutProps {
  /** The reader's layout (handed in by App, so this chunk does not pull the reader's code apart). */
  readonly Layout: ComponentType<LayoutSlots>;
}

export default function EditorLayout({ Layout }: EditorLayoutProps) {
  const shell = useShell();
  const m = useMessages();
  const describe = m.problems.describe;
  const libraryWords = m.library.error;
  const store = useDatelineStore();
  const library = shell?.library;
  const local = readLocalStoryRef(shell?.currentRef ?? '');
  const id = local.local && local.ok ? local.id : undefined;
  const [opening, setOpening] = useState<Opening>({ kind: 'opening' });
  // What the last action said; it gives way to the save state at the next edit.
  const [message, setMessage] = useState({ text: '', revision: -1 });
  const say = useCallback(
    (text: string) => setMessage({ text, revision: store.getState().editRevision }),
    [store],
  );

  useEffect(() => {
    if (!library || id === undefined) return undefined;
    let live = true;
    void library.read(id).then((read) => {
      if (!live) return;
      const text = read.ok ? read.value?.text : undefined;
      if (text === undefined) {
        setOpening({
          kind: 'refused',
          lines: [read.ok ? `local:${id}` : libraryWords(read.error)],
        });
        return;
      }
      const editable = editableFromText(text);
      if (!editable.ok) {
        setOpening({ kind: 'refused', lines: editable.problems.map(describe) });
        return;
      }
      store.getState().startEditing(editable.file, EDIT_ENGINE);
      setOpening({ kind: 'open' });
    });
    return () => {
      live = false;
      store.getState().stopEditing();
    };
  }, [library, id, store, describe, libraryWords]);

  const storySaved = shell?.storySaved;
  const onSaved = useCallback((text: string) => storySaved?.(text), [storySaved]);
  const status = useAutosave(library, id, onSaved);
  useUndoKeys(say, m.editor.undone, m.editor.redone);
  const revision = useDateline((state) => state.editRevision);
  const said = message.revision === revision ? message.text : '';

  if (id === undefined || opening.kind === 'refused') {
    const lines = opening.kind === 'refused' ? opening.lines : [];
    return (
      <Layout
        toolbar={
          <div className="editor__toolbar" role="alert">
            <p>{id === undefined ? m.editor.onlyLibrary : m.editor.cannotOpen}</p>
            {lines.length > 0 && (
              <ul>
                {lines.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            )}
            {id === undefined && shell && (
              <button type="button" className="button button--primary" onClick={shell.editStory}>
                {m.openers.editCopy}
              </button>
            )}
          </div>
        }
      />
    );
  }
  return (
    <Layout
      toolbar={<EditorToolbar status={status} message={said} onDone={() => shell?.stopEditing()} />}
      details={
        opening.kind === 'open' ? (
          <EditorPanel say={say} />
        ) : (
          <p role="status">{m.editor.loading}</p>
        )
      }
    />
  );
}

/** The selected event's form, or the story's settings when none is selected. */
function EditorPanel({ say }: { say: (text: string) => void }) {
  const file = useDateline((state) => state.editHistory?.present);
  const selectedId = useDateline((state) => state.selectedId);
  const panel = useRef<HTMLElement>(null);
  const event = file?.events.find((item) => item.id === selectedId);
  const shownId = event?.id;
  // Escape lets go of the event, as in the reader, unless something nearer used the key.
  const select = useDateline((state) => state.select);
  useEffect(() => {
    if (shownId === undefined) return undefined;
    const onKeyDown = (key: KeyboardEvent) => {
      if (key.key !== 'Escape' || key.defaultPrevented) return;
      select(undefined, 'list');
      panel.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [shownId, select]);
  useEffect(() => {
    // The button that was used may be gone with its event (delete, split, a new event), or with
    // the screen (a draft or an edit just opened): the keyboard goes on from the panel, not from
    // the top of the page. Without scrolling to it: on a phone the panel is below the map, and a
    // draft that opened halfway down its settings hid its title and its notes.
    if (document.activeElement === document.body) panel.current?.focus({ preventScroll: true });
  }, [shownId]);
  if (!file) return null;
  return (
    <section
      ref={panel}
      className="details editor"
      aria-labelledby="details-title"
      tabIndex={-1}
      data-open={event ? 'true' : undefined}
    >
      {event ? (
        <EventEditor key={event.id} event={event} file={file} say={say} />
      ) : (
        <StorySettings file={file} />
      )}
    </section>
  );
}
