/** Shows the step number being typed, so the presenter sees what Enter will do. */
import { typedStepIndex } from './present-keys';
import { useMessages } from '../ui/messages-context';
import '../i18n/lazy/present';

/** "Go to step 12 – Enter", or nothing while no digits are typed. */
export function TypedStep({ typed, count }: { typed: string; count: number }) {
  const m = useMessages().present;
  if (typed === '') return null;
  const valid = typedStepIndex(typed, count) !== undefined;
  return (
    <p className="present-typed" aria-hidden="true">
      {m.goToStep(typed)}
      <span className="present-typed__hint">{valid ? m.typedEnter : m.typedTooMany(count)}</span>
    </p>
  );
}
