/** "Your stories": every story kept in this browser, each with Rename, Export, Duplicate, Delete. */
import { useRef, useState } from 'react';
import type { Shell } from '../app/shell-context';
import type { LibraryEntry } from '../library/library-entry';
import { localStoryRef } from '../library/story-ref';
import { RenameDialog } from './RenameDialog';
import { StoryLink } from './StoryLink';
import { UndoToast } from './UndoToast';
import { useKeptStories } from './use-kept-stories';
import { useLocale, useMessages } from '../ui/messages-context';
import { intlTag } from '../time/intl-date';
import type { Locale } from '../i18n/locale';
import '../i18n/lazy/library';
import '../i18n/lazy/start';

/** The list of kept stories; `headingId` labels it. */
/** The reader's own day (local time, unlike story dates): "18 October 2021". */
function openedDay(openedAt: number, locale: Locale): string {
  const tag = locale === 'en' ? 'en-GB' : intlTag(locale);
  return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    openedAt,
  );
}

export function KeptStories({ shell, headingId }: { shell: Shell; headingId: string }) {
  const kept = useKeptStories(shell.library);
  const [renaming, setRenaming] = useState<LibraryEntry | undefined>();
  const renameButtons = useRef(new Map<string, HTMLButtonElement>());
  const { list } = kept;
  const messages = useMessages();
  const m = messages.start;
  const words = messages.library;
  const locale = useLocale();

  const closeRename = () => {
    const id = renaming?.id;
    setRenaming(undefined);
    if (id !== undefined) renameButtons.current.get(id)?.focus();
  };

  return (
    <>
      {kept.error !== undefined && (
        <p role="alert" className="notice notice--warning start__error">
          {words.error(kept.error)}
        </p>
      )}
      {list.status === 'loading' && <p className="start__empty">{m.reading}</p>}
      {list.status === 'failed' && (
        <p role="alert" className="notice notice--warning start__error">
          {words.error(list.error)} {m.listFailed}
        </p>
      )}
      {list.status === 'ready' && list.entries.length === 0 && (
        <p className="start__empty">{m.empty}</p>
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
                {entry.summary !== '' && (
                  <p className="story-card__summary" dir="auto">
                    {entry.summary}
                  </p>
                )}
                <p className="story-card__meta">
                  {m.events(entry.eventCount)}
                  {entry.fileName !== undefined && m.fromFile(entry.fileName)}
                  {m.openedOn(openedDay(entry.openedAt, locale))}
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
                    aria-label={m.renameStory(entry.title)}
                    onClick={() => setRenaming(entry)}
                  >
                    {m.rename}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={m.exportStory(entry.title)}
                    onClick={() => void kept.exportStory(entry)}
                  >
                    {m.exportJson}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={m.duplicateStory(entry.title)}
                    onClick={() => kept.duplicate(entry.id)}
                  >
                    {m.duplicate}
                  </button>
                  <button
                    type="button"
                    className="button button--danger"
                    aria-label={m.deleteStory(entry.title)}
                    onClick={() => void kept.remove(entry.id)}
                  >
                    {m.delete}
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
        message={kept.removed && m.deleted(kept.removed.entry.title)}
        onUndo={() => void kept.undo()}
        onDismiss={kept.forget}
      />
    </>
  );
}
