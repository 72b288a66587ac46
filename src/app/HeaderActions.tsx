/**
 * The masthead's actions: presentation, embed code, the story's file, and (inside the map) the
 * PNG download. Each action that can fold is rendered twice, in the row and in the More menu,
 * and header-fold.css shows exactly one of the two for the header's width and the interface's
 * language. CSS decides, not a measurement after render, so the page prerendered at build time
 * and the app that takes it over fold alike from the first paint (no layout shift).
 */
import { EmbedButton } from '../embed/EmbedButton';
import { PresentButton } from '../present/PresentButton';
import { EditButton } from './EditButton';
import { ExportButton } from './ExportButton';
import type { FoldableAction } from './header-fold';
import { MoreActionsMenu } from './MoreActionsMenu';
import './header-fold.css';

/** Buttons that take the story elsewhere: into an article, onto a projector, into a file. */
export function HeaderActions() {
  return (
    <div className="masthead__actions">
      <EditButton fold="edit" />
      <PresentButton />
      <EmbedButton fold={'embed' satisfies FoldableAction} />
      <ExportButton />
      <MoreActionsMenu />
    </div>
  );
}
