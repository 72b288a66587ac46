/**
 * Moving through the steps by pointer: Previous and Next, the count, and a dot per step that
 * jumps to it. Used on the audience screen and in the presenter view.
 */
import type { Step, StoryEvent } from '../story/story';
import { stepCounter } from './step-text';
import { useMessages } from '../ui/messages-context';
import '../i18n/lazy/present';

/** Dots stop being useful (and fitting) past this many steps; the count and the keys remain. */
const MAX_DOTS = 60;

interface StepNavProps {
  readonly steps: readonly Step[];
  readonly eventOf: (step: Step) => StoryEvent | undefined;
  readonly index: number | undefined;
  readonly onGo: (index: number) => void;
}

/** Previous / count / Next, and the progress dots. */
export function StepNav({ steps, eventOf, index, onGo }: StepNavProps) {
  const count = steps.length;
  const m = useMessages().present;
  const atFirst = index === undefined || index <= 0;
  const atLast = index !== undefined && index >= count - 1;
  // aria-disabled rather than disabled: a button that vanishes from the tab order under the
  // keyboard would drop focus to the page.
  return (
    <nav className="step-nav" aria-label={m.steps}>
      <button
        type="button"
        className="step-nav__button"
        aria-disabled={atFirst}
        onClick={() => {
          if (!atFirst) onGo((index ?? 1) - 1);
        }}
      >
        <span aria-hidden="true">{m.backArrow}</span> {m.previous}
      </button>
      <p className="step-nav__count" aria-hidden="true">
        {stepCounter(index, count, m)}
      </p>
      <button
        type="button"
        className="step-nav__button step-nav__button--next"
        aria-disabled={atLast}
        onClick={() => {
          if (!atLast) onGo((index ?? -1) + 1);
        }}
      >
        {m.next} <span aria-hidden="true">{m.onArrow}</span>
      </button>
      {count <= MAX_DOTS && (
        <ol className="step-dots">
          {steps.map((step, position) => {
            const title = eventOf(step)?.title ?? step.event;
            return (
              <li key={`${step.event}-${position}`}>
                <button
                  type="button"
                  className="step-dots__dot"
                  aria-label={m.stepDot(position + 1, title)}
                  aria-current={position === index ? 'step' : undefined}
                  title={m.stepTitle(position + 1, title)}
                  onClick={() => onGo(position)}
                />
              </li>
            );
          })}
        </ol>
      )}
    </nav>
  );
}
