/** "Your stories": every story kept in this browser, each with Rename, Export, Duplicate, Delete. */
import { useRef, useState } from 'react';
import type { Shell } from '../app/shell-context';
import type { LibraryEntry } from '../library/library-entry';
import { localStoryRef } from '../library/story-ref';
import { RenameDialog } from './RenameDialog';
import { StoryLink } from './StoryLink';
import { UndoToast } from './UndoToast';
import { useKeptStories } from './use-kept-stories';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** The list of kept stories; `headingId` labels it. */
export function KeptStories({ shell, headingId }: { shell: Shell; headingId: string }) {
  const kept = useKeptStories(shell.library);
  const [renaming, setRenaming] = useState<LibraryEntry | undefined>();
  const renameButtons = useRef(new Map<string, HTMLButtonElement>());
  const { list } = kept;

  const closeRename = () => {
    const id = renaming?.id;
    setRenaming(undefined);
    if (id !== undefined) renameButtons.current.get(id)?.focus();
  };

  return (
    <>
      {kept.error !== undefined && (
        <p role="alert" className="notice notice--warning start__error">
          {kept.error}
        </p>
      )}
      {list.status === 'loading' && <p className="start__empty">Reading your stories…</p>}
      {list.status === 'failed' && (
        <p role="alert" className="notice notice--warning start__error">
          {list.message} Stories you open stay open until you close the tab; export them as JSON to
          keep them.
        </p>
      )}
      {list.status === 'ready' && list.entries.length === 0 && (
        <p className="start__empty">
          No stories kept yet. Open a story file and it stays here until you delete it.
        </p>
      )}
      {list.status === 'ready' && list.entries.length > 0 && (
        <ul className="story-list" aria-labelledby={headingId}>
          {list.entries.map((entry) => {
            const ref = localStoryRef(entry.id);
            return (
              <li key={entry.id} className="story-card">
                <h3 className="story-card__title">
                  <StoryLink href={shell.storyHref(ref)} onOpen={() => shell.openStory(ref)}>
                    {entry.title}
                  </StoryLink>
                </h3>
                {entry.summary !== '' && <p className="story-card__summary">{entry.summary}</p>}
                <p className="story-card__meta">
                  {plural(entry.eventCount, 'event', 'events')}
                  {entry.fileName !== undefined && ` · from ${entry.fileName}`}
                  {` · opened ${DAY.format(entry.openedAt)}`}
                </p>
                <div className="story-card__actions">
                  <button
                    ref={(button) => {
                      if (button) renameButtons.current.set(entry.id, button);
                      else renameButtons.current.delete(entry.id);
                    }}
                    type="button"
                    className="button"
                    aria-haspopup="dialog"
                    aria-label={`Rename “${entry.title}”`}
                    onClick={() => setRenaming(entry)}
                  >
                    Rename
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={`Export “${entry.title}” as JSON`}
                    onClick={() => void kept.exportStory(entry)}
                  >
                    Export JSON
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={`Duplicate “${entry.title}”`}
                    onClick={() => kept.duplicate(entry.id)}
                  >
                    Duplicate
                  </button>
                  <button
                    type="button"
                    className="button button--danger"
                    aria-label={`Delete “${entry.title}”`}
                    onClick={() => void kept.remove(entry.id)}
                  >
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {renaming && (
        <RenameDialog
          title={renaming.title}
          onRename={(title) => kept.rename(renaming.id, title)}
          onClose={closeRename}
        />
      )}
      <UndoToast
        message={kept.removed && `Deleted “${kept.removed.entry.title}”.`}
        onUndo={() => void kept.undo()}
        onDismiss={kept.forget}
      />
    </>
  );
}
