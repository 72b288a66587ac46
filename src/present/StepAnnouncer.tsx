/** Says each step to screen readers, politely: "Step 3 of 19: Title, 18–23 October 2021". */
import { useDateline } from '../state/store-context';
import { selectCurrentStepEvent } from './step-selectors';
import { stepAnnouncement } from './step-text';
import { useLocale, useMessages } from '../ui/messages-context';
import '../i18n/lazy/present';

/** The polite live region of a presentation window; `blankText` is said instead while blanked. */
export function StepAnnouncer({ blankText }: { blankText?: string | undefined }) {
  const index = useDateline((state) => state.stepIndex);
  const count = useDateline((state) => state.story?.steps.length ?? 0);
  const event = useDateline(selectCurrentStepEvent);
  const m = useMessages().present;
  const locale = useLocale();
  const text =
    blankText ??
    (index !== undefined && event ? stepAnnouncement(index, count, event, m, locale) : '');
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}
