/**
 * "More": the masthead's actions that have no room in its row (the WAI-ARIA menu button pattern:
 * the arrow keys, Home and End move through it, Escape closes it and gives focus back to the
 * button, Tab or a click elsewhere closes it). It holds every action that can fold, and
 * header-fold.css shows only those folded at the header's width, and the button only when one is:
 * the keys move among the items shown.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { embeddable } from '../embed/EmbedButton';
import { LazyEmbedDialog } from '../embed/LazyEmbedDialog';
import { useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import type { FoldableAction } from './header-fold';
import { useShell } from './shell-context';
import { useEditAction } from './use-edit-action';

interface MenuItem {
  readonly fold: FoldableAction;
  readonly label: string;
  readonly run: () => void;
}

/** Which item to move to for a key, or undefined for a key the menu does not use. */
function moveFor(key: string, at: number, count: number): number | undefined {
  if (key === 'ArrowDown') return (at + 1) % count;
  if (key === 'ArrowUp') return (at - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/** The items the header's width folds into the menu (the others are display: none). */
function shownItems(menu: HTMLElement | null): HTMLElement[] {
  if (!menu) return [];
  return Array.from(menu.querySelectorAll<HTMLElement>('[role="menuitem"]')).filter(
    (item) =>
      item.parentElement !== null && getComputedStyle(item.parentElement).display !== 'none',
  );
}

/** The header's overflow menu; nothing when the page offers none of its actions. */
export function MoreActionsMenu() {
  const m = useMessages().headerMenu;
  const shell = useShell();
  const edit = useEditAction();
  const ready = useDateline((state) => state.status === 'ready');
  const [open, setOpen] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
  // Which item takes focus as the menu opens: only then are the shown ones known.
  const [focusFirst, setFocusFirst] = useState(true);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

  // In the row's order; each is offered exactly when its button in the row is.
  const offered: readonly (MenuItem | false)[] = [
    edit !== undefined && { fold: 'edit', label: edit.label, run: edit.run },
    embeddable && { fold: 'embed', label: m.embed, run: () => setEmbedOpen(true) },
    shell !== undefined && { fold: 'export-json', label: m.exportJson, run: shell.exportStory },
    shell !== undefined && {
      fold: 'export-briefing',
      label: m.exportBriefing,
      run: shell.exportBriefing,
    },
  ];
  const items = offered.filter((item) => item !== false);

  useEffect(() => {
    if (!open) return undefined;
    const shown = shownItems(menu.current);
    (focusFirst ? shown[0] : shown.at(-1))?.focus();
    const closeOutside = (event: PointerEvent) => {
      const target = event.target;
      if (target instanceof Node && !menu.current?.contains(target) && target !== button.current)
        setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open, focusFirst]);

  if (items.length === 0) return null;

  const openAt = (first: boolean) => {
    setFocusFirst(first);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    openAt(event.key === 'ArrowDown');
  };
  const onMenuKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
      return;
    }
    if (event.key === 'Tab') {
      setOpen(false);
      return;
    }
    const shown = shownItems(menu.current);
    const at = shown.findIndex((item) => item === document.activeElement);
    const next = moveFor(event.key, Math.max(at, 0), shown.length);
    if (next === undefined) return;
    event.preventDefault();
    shown[next]?.focus();
  };

  return (
    <div className="more-actions">
      <button
        ref={button}
        type="button"
        className="button"
        aria-label={m.moreLabel}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={!ready}
        onClick={() => (open ? setOpen(false) : openAt(true))}
        onKeyDown={onButtonKey}
      >
        {m.more}
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={m.moreLabel}
          className="more-actions__menu"
          onKeyDown={onMenuKey}
        >
          {items.map((item) => (
            <li key={item.fold} role="none" data-fold={item.fold}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="more-actions__item"
                onClick={() => {
                  close();
                  item.run();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {embedOpen && (
        <LazyEmbedDialog
          onClose={() => {
            setEmbedOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </div>
  );
}
