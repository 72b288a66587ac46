/**
 * "More": on a phone the header has room for Present and one more button, so Edit, Embed and the
 * two exports go into a menu (the WAI-ARIA menu button pattern: the arrow keys, Home and End move
 * through it, Escape closes it and gives focus back to the button, Tab or a click elsewhere
 * closes it).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { embeddable } from '../embed/EmbedButton';
import { LazyEmbedDialog } from '../embed/LazyEmbedDialog';
import { useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import { useShell } from './shell-context';
import { useEditAction } from './use-edit-action';

interface MenuItem {
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

/** The header's overflow menu; nothing when the page offers none of its actions. */
export function MoreActionsMenu() {
  const m = useMessages().headerMenu;
  const shell = useShell();
  const edit = useEditAction();
  const ready = useDateline((state) => state.status === 'ready');
  const [open, setOpen] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
  const [focusAt, setFocusAt] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const items: MenuItem[] = [
    ...(edit?.ready ? [{ label: edit.label, run: edit.run }] : []),
    ...(embeddable ? [{ label: m.embed, run: () => setEmbedOpen(true) }] : []),
    ...(shell
      ? [
          { label: m.exportJson, run: shell.exportStory },
          { label: m.exportBriefing, run: shell.exportBriefing },
        ]
      : []),
  ];

  useEffect(() => {
    if (!open) return undefined;
    menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[focusAt]?.focus();
    const closeOutside = (event: PointerEvent) => {
      const target = event.target;
      if (target instanceof Node && !menu.current?.contains(target) && target !== button.current)
        setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open, focusAt]);

  if (items.length === 0) return null;

  const openAt = (index: number) => {
    setFocusAt(index);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    openAt(event.key === 'ArrowDown' ? 0 : items.length - 1);
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
    const next = moveFor(event.key, focusAt, items.length);
    if (next === undefined) return;
    event.preventDefault();
    setFocusAt(next);
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
        onClick={() => (open ? setOpen(false) : openAt(0))}
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
          {items.map((item, index) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={index === focusAt ? 0 : -1}
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
