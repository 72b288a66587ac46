/**
 * The masthead's actions: presentation, embed code, the story's file, and (inside the map) the
 * PNG download.
 */
import { EmbedButton } from '../embed/EmbedButton';
import { PresentButton } from '../present/PresentButton';
import { EditButton } from './EditButton';
import { ExportButton } from './ExportButton';

/** Buttons that take the story elsewhere: into an article, or onto a projector. */
export function HeaderActions() {
  return (
    <div className="masthead__actions">
      <EditButton />
      <PresentButton />
      <EmbedButton />
      <ExportButton />
    </div>
  );
}
