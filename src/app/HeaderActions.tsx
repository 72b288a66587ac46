/** The masthead's actions: embed code, presentation, and (inside the map) the PNG download. */
import { EmbedButton } from '../embed/EmbedButton';
import { PresentButton } from '../present/PresentButton';

/** Buttons that take the story elsewhere: into an article, or onto a projector. */
export function HeaderActions() {
  return (
    <div className="masthead__actions">
      <PresentButton />
      <EmbedButton />
    </div>
  );
}
