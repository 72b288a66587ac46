/** Shows the step number being typed, so the presenter sees what Enter will do. */
import { typedStepIndex } from './present-keys';

/** "Go to step 12 – Enter", or nothing while no digits are typed. */
export function TypedStep({ typed, count }: { typed: string; count: number }) {
  if (typed === '') return null;
  const valid = typedStepIndex(typed, count) !== undefined;
  return (
    <p className="present-typed" aria-hidden="true">
      Go to step {typed}
      <span className="present-typed__hint">
        {valid ? ' · Enter' : ` · there are ${count} steps`}
      </span>
    </p>
  );
}
