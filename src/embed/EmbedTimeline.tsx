/**
 * The embed's timeline strip. Where the frame is tall enough the whole compact timeline shows;
 * in a short frame only its buttons do, and a toggle that names the time window opens the axis
 * over the map (see embed.css).
 */
import type { KeyboardEvent } from 'react';
import { useDateline } from '../state/store-context';
import { formatShortRange } from '../time/short-date';
import { Timeline } from '../timeline/Timeline';
import './embed-timeline.css';
import { useLocale, useMessages } from '../ui/messages-context';
import '../i18n/lazy/embed';

export interface EmbedTimelineProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}

/** The compact timeline, with the toggle short frames need. */
export function EmbedTimeline({ open, onOpenChange }: EmbedTimelineProps) {
  const m = useMessages().embed;
  const locale = useLocale();
  const range = useDateline((state) =>
    state.story ? formatShortRange(state.window.from, state.window.to, locale) : undefined,
  );
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    onOpenChange(false);
    event.currentTarget.querySelector<HTMLElement>('.embed__timeline-toggle')?.focus();
  };
  return (
    <div className="embed__timeline" data-open={open ? 'true' : undefined} onKeyDown={onKeyDown}>
      <div className="embed__timeline-inner">
        <button
          type="button"
          className="embed__timeline-toggle"
          aria-expanded={open}
          onClick={() => onOpenChange(!open)}
        >
          <span className="embed__chevron" aria-hidden="true" />
          <span className="visually-hidden">{m.timeline}</span> <span>{range ?? '…'}</span>
        </button>
        <Timeline compact />
      </div>
    </div>
  );
}
