/**
 * The presenter view (?mode=presenter), for a second window: the current and the next step, the
 * speaker notes, a clock, and the controls. It drives the audience screen and follows it, over
 * the story's BroadcastChannel.
 */
import { useCallback, useMemo } from 'react';
import { ProblemsAlert } from '../app/ProblemsAlert';
import { eventIndex } from '../state/selectors';
import { useDateline, useDatelineStore } from '../state/store-context';
import type { Step } from '../story/story';
import { AudiencePreview } from './AudiencePreview';
import { HelpOverlay } from './HelpOverlay';
import { PRESENT_ACTIONS } from './present-keys';
import { StepAnnouncer } from './StepAnnouncer';
import { StepNav } from './StepNav';
import { StepSummary } from './StepSummary';
import { selectCurrentNotes, selectCurrentStepEvent, selectNextStepEvent } from './step-selectors';
import { TypedStep } from './TypedStep';
import { formatElapsed, useElapsed } from './use-elapsed';
import { usePresentation } from './use-presentation';
import './present.css';
import { useMessages } from '../ui/messages-context';
import '../i18n/lazy/present';

/** Autoplay belongs to the audience screen; every other key works here too. */
const PRESENTER_ACTIONS = PRESENT_ACTIONS.filter((action) => action.id !== 'autoplay');

/** The presenter's window. */
export default function PresenterView() {
  const store = useDatelineStore();
  const story = useDateline((state) => state.story);
  const stepIndex = useDateline((state) => state.stepIndex);
  const current = useDateline(selectCurrentStepEvent);
  const next = useDateline(selectNextStepEvent);
  const notes = useDateline(selectCurrentNotes);
  const { controls, linked } = usePresentation(PRESENTER_ACTIONS);
  const { elapsed, restart } = useElapsed();
  const m = useMessages().present;
  const { setBlank, setHelpOpen } = controls;
  const steps = useMemo(() => story?.steps ?? [], [story]);
  const eventOf = useCallback(
    (step: Step) => (story ? eventIndex(story).get(step.event) : undefined),
    [story],
  );
  const goToStep = useCallback((index: number) => store.getState().goToStep(index), [store]);
  const position = stepIndex === undefined ? undefined : stepIndex + 1;

  return (
    <div className="presenter">
      <header className="presenter__head">
        <h1 className="presenter__title">
          {m.presenterView}
          <span className="presenter__story">{story ? ` · ${story.title}` : ''}</span>
        </h1>
        <p className="presenter__link" role="status">
          {linked ? m.linked : m.waiting}
        </p>
        <div className="presenter__clock">
          <span className="presenter__clock-label">{m.elapsed}</span>
          <span role="timer" aria-label={m.elapsedTime} className="presenter__time">
            {formatElapsed(elapsed)}
          </span>
          <button type="button" className="present-button" onClick={restart}>
            {m.restartClock}
          </button>
        </div>
        <div className="present-tools" role="group" aria-label={m.toolbar}>
          <button
            type="button"
            className="present-button"
            aria-pressed={controls.blank}
            onClick={() => setBlank(!controls.blank)}
          >
            {m.blankAudience}
          </button>
          <button type="button" className="present-button" onClick={() => setHelpOpen(true)}>
            {m.keys}
          </button>
        </div>
      </header>
      <ProblemsAlert />
      {controls.blank && <p className="presenter__blank">{m.audienceBlank}</p>}
      <main className="presenter__main">
        <section className="presenter__current" tabIndex={0} aria-labelledby="presenter-now">
          <h2 id="presenter-now" className="presenter__label">
            {m.now}
            {position === undefined ? '' : m.nowStep(position, steps.length)}
          </h2>
          {current && <StepSummary event={current} />}
        </section>
        <section className="presenter__notes" tabIndex={0} aria-labelledby="presenter-notes">
          <h2 id="presenter-notes" className="presenter__label">
            {m.notes}
          </h2>
          <p className="presenter__notes-text">{notes ?? m.noNotes}</p>
        </section>
        <section className="presenter__next" tabIndex={0} aria-labelledby="presenter-next">
          <h2 id="presenter-next" className="presenter__label">
            {m.nextHeading}
            {position === undefined || !next ? '' : m.nextStep(position + 1)}
          </h2>
          {next ? <StepSummary event={next} /> : <p>{m.lastStep}</p>}
        </section>
        <AudiencePreview blank={controls.blank} />
      </main>
      {steps.length > 0 && (
        <div className="presenter__nav">
          <StepNav steps={steps} eventOf={eventOf} index={stepIndex} onGo={goToStep} />
        </div>
      )}
      <TypedStep typed={controls.typed} count={steps.length} />
      <StepAnnouncer />
      {controls.helpOpen && (
        <HelpOverlay actions={PRESENTER_ACTIONS} onClose={() => setHelpOpen(false)} />
      )}
    </div>
  );
}
