/** The masthead's way into presenting: the same story, full screen, one step at a time. */
import { useMemo } from 'react';
import { useDateline } from '../state/store-context';
import { presentationLink } from './present-links';
import { useMessages } from '../ui/messages-context';

/** A link (it goes to another view of the story, in the same tab) styled as a button. */
export function PresentButton() {
  const m = useMessages().openers;
  const ready = useDateline(
    (state) => state.status === 'ready' && (state.story?.steps.length ?? 0) > 0,
  );
  // The link is written when what it carries changes, not on every store change (each scrub
  // step, each hover), which wrote a query string each time.
  const settings = useDateline((state) => state.settings);
  const stepIndex = useDateline((state) => state.stepIndex);
  const href = useMemo(
    () => presentationLink({ settings, stepIndex }, 'present'),
    [settings, stepIndex],
  );
  if (!ready) return null;
  return (
    <a className="button" href={href}>
      {m.present}
    </a>
  );
}
