/**
 * The masthead's actions: editing, presentation, embed code and the story's two exports (the PNG
 * download is inside the map). They keep one row at every width: what does not fit folds into a
 * "More" menu, the least used first (header-fold.ts), measured rather than guessed, since the
 * words' widths change with the language and the font.
 */
import { Fragment, useRef, type ReactNode, type RefObject } from 'react';
import { EmbedButton } from '../embed/EmbedButton';
import { PresentButton } from '../present/PresentButton';
import { useMessages } from '../ui/messages-context';
import { useMediaQuery } from '../ui/use-media-query';
import { EditButton } from './EditButton';
import { ExportButton } from './ExportButton';
import { HEADER_ACTIONS, type HeaderAction } from './header-fold';
import { MoreActionsMenu } from './MoreActionsMenu';
import { useHeaderFold } from './use-header-fold';

/** Narrower than this, only Present is left in the row (and the draft button steps aside). */
export const NARROW_HEADER_QUERY = '(max-width: 559px)';

const ACTION_VIEWS: Readonly<Record<HeaderAction, ReactNode>> = {
  edit: <EditButton />,
  present: <PresentButton />,
  embed: <EmbedButton />,
  exportJson: <ExportButton which="json" />,
  exportBriefing: <ExportButton which="briefing" />,
};

export interface HeaderActionsProps {
  /** The masthead's top row and its start, whose widths leave the actions their room. */
  readonly row?: RefObject<HTMLElement | null>;
  readonly start?: RefObject<HTMLElement | null>;
}

/** Buttons that take the story elsewhere: into the editor, an article, or onto a projector. */
export function HeaderActions({ row, start }: HeaderActionsProps) {
  const narrow = useMediaQuery(NARROW_HEADER_QUERY);
  const m = useMessages().headerMenu;
  const measure = useRef<HTMLDivElement>(null);
  const ownRow = useRef<HTMLElement>(null);
  const ownStart = useRef<HTMLElement>(null);
  const folded = useHeaderFold({ row: row ?? ownRow, start: start ?? ownStart, measure }, narrow);
  const shown = HEADER_ACTIONS.filter((action) => !folded.some((fold) => fold === action));
  return (
    <>
      <div className="masthead__actions">
        {shown.map((action) => (
          <Fragment key={action}>{ACTION_VIEWS[action]}</Fragment>
        ))}
        {folded.length > 0 && <MoreActionsMenu actions={folded} />}
      </div>
      {/* Every action as it would show, out of sight and out of reach, to be measured. */}
      <div ref={measure} className="masthead__measure" aria-hidden="true" inert>
        {HEADER_ACTIONS.map((action) => (
          <span key={action} className="masthead__slot" data-action={action}>
            {ACTION_VIEWS[action]}
          </span>
        ))}
        <span className="button" data-more="">
          {m.more}
          <span aria-hidden="true">▾</span>
        </span>
      </div>
    </>
  );
}
