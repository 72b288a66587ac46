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
          Presenter view<span className="presenter__story">{story ? ` · ${story.title}` : ''}</span>
        </h1>
        <p className="presenter__link" role="status">
          {linked ? 'Linked to the audience screen' : 'Waiting for the audience screen…'}
        </p>
        <div className="presenter__clock">
          <span className="presenter__clock-label">Elapsed</span>
          <span role="timer" aria-label="Elapsed time" className="presenter__time">
            {formatElapsed(elapsed)}
          </span>
          <button type="button" className="present-button" onClick={restart}>
            Restart clock
          </button>
        </div>
        <div className="present-tools" role="group" aria-label="Presentation">
          <button
            type="button"
            className="present-button"
            aria-pressed={controls.blank}
            onClick={() => setBlank(!controls.blank)}
          >
            Blank audience screen
          </button>
          <button type="button" className="present-button" onClick={() => setHelpOpen(true)}>
            Keys
          </button>
        </div>
      </header>
      <ProblemsAlert />
      {controls.blank && (
        <p className="presenter__blank">
          The audience screen is blank. Press any key to bring it back.
        </p>
      )}
      <main className="presenter__main">
        <section className="presenter__current" tabIndex={0} aria-labelledby="presenter-now">
          <h2 id="presenter-now" className="presenter__label">
            Now{position === undefined ? '' : ` · step ${position} of ${steps.length}`}
          </h2>
          {current && <StepSummary event={current} />}
        </section>
        <section className="presenter__notes" tabIndex={0} aria-labelledby="presenter-notes">
          <h2 id="presenter-notes" className="presenter__label">
            Notes
          </h2>
          <p className="presenter__notes-text">{notes ?? 'No notes for this step.'}</p>
        </section>
        <section className="presenter__next" tabIndex={0} aria-labelledby="presenter-next">
          <h2 id="presenter-next" className="presenter__label">
            Next{position === undefined || !next ? '' : ` · step ${position + 1}`}
          </h2>
          {next ? <StepSummary event={next} /> : <p>This is the last step.</p>}
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
