/**
 * The masthead's actions: presentation, embed code, the story's file, and (inside the map) the
 * PNG download. On a phone, all but Present go into a "More" menu so the header keeps one row.
 */
import { EmbedButton } from '../embed/EmbedButton';
import { PresentButton } from '../present/PresentButton';
import { useMediaQuery } from '../ui/use-media-query';
import { EditButton } from './EditButton';
import { ExportButton } from './ExportButton';
import { MoreActionsMenu } from './MoreActionsMenu';

/** Narrower than this, the four buttons would wrap onto three rows. */
export const NARROW_HEADER_QUERY = '(max-width: 559px)';

/** Buttons that take the story elsewhere: into an article, or onto a projector. */
export function HeaderActions() {
  const narrow = useMediaQuery(NARROW_HEADER_QUERY);
  return (
    <div className="masthead__actions">
      {!narrow && <EditButton />}
      <PresentButton />
      {narrow ? (
        <MoreActionsMenu />
      ) : (
        <>
          <EmbedButton />
          <ExportButton />
        </>
      )}
    </div>
  );
}
