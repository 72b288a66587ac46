/**
 * The audience screen (?mode=present): the map filling the screen beside one large card per
 * step, progress dots, the presenter's buttons, and the keys a clicker sends. The print handout
 * is drawn when a print starts.
 */
import { useCallback, useMemo } from 'react';
import { PartBoundary } from '../app/PartBoundary';
import { ProblemsAlert } from '../app/ProblemsAlert';
import { LazyMapView as MapView } from '../map/LazyMapView';
import { eventIndex, selectStoryTitle } from '../state/selectors';
import { useDateline, useDatelineStore } from '../state/store-context';
import type { Step } from '../story/story';
import { Handout } from './Handout';
import { HelpOverlay } from './HelpOverlay';
import { PRESENT_ACTIONS } from './present-keys';
import { PresentToolbar } from './PresentToolbar';
import { StepAnnouncer } from './StepAnnouncer';
import { StepCard } from './StepCard';
import { StepNav } from './StepNav';
import { selectCurrentStepEvent } from './step-selectors';
import { TypedStep } from './TypedStep';
import { useAutoplay } from './use-autoplay';
import { useHandout } from './use-handout';
import { usePresentation } from './use-presentation';
import './present.css';
import './print.css';
import { useMessages } from '../ui/messages-context';
import '../i18n/lazy/present';

/** The presentation's audience window. */
export default function PresentLayout() {
  const store = useDatelineStore();
  const story = useDateline((state) => state.story);
  const status = useDateline((state) => state.status);
  const title = useDateline(selectStoryTitle);
  const stepIndex = useDateline((state) => state.stepIndex);
  const event = useDateline(selectCurrentStepEvent);
  const m = useMessages().present;
  const app = useMessages().app;
  const autoplay = useAutoplay();
  const { controls, fullscreen } = usePresentation(PRESENT_ACTIONS, autoplay.toggle);
  const handout = useHandout();
  const { setBlank, setHelpOpen } = controls;

  const eventOf = useCallback(
    (step: Step) => (story ? eventIndex(story).get(step.event) : undefined),
    [story],
  );
  const goToStep = useCallback((index: number) => store.getState().goToStep(index), [store]);
  const steps = useMemo(() => story?.steps ?? [], [story]);

  return (
    <div
      className="present"
      data-blank={controls.blank ? 'true' : undefined}
      data-handout-ready={handout.settled ? 'true' : undefined}
    >
      <div className="present__screen">
        <header className="present__head">
          <h1 className="present__story" dir="auto">
            {title ?? (status === 'failed' ? app.storyNotAvailable : app.loadingStory)}
          </h1>
          <PresentToolbar
            ready={steps.length > 0}
            autoplay={autoplay}
            fullscreen={fullscreen}
            onBlank={() => setBlank(true)}
            onHelp={() => setHelpOpen(true)}
            onPrint={handout.print}
          />
        </header>
        <div className="present__map">
          <PartBoundary name={app.partMap}>
            <MapView keyboard={false} legend={false} download={false} />
          </PartBoundary>
        </div>
        <main className="present__main" aria-label={m.currentStep}>
          <ProblemsAlert />
          {story && event && stepIndex !== undefined && (
            <PartBoundary name={m.thisStep} resetKey={stepIndex}>
              <StepCard story={story} event={event} index={stepIndex} count={steps.length} />
            </PartBoundary>
          )}
        </main>
        {steps.length > 0 && (
          <div className="present__nav">
            <StepNav steps={steps} eventOf={eventOf} index={stepIndex} onGo={goToStep} />
          </div>
        )}
      </div>
      <TypedStep typed={controls.typed} count={steps.length} />
      <StepAnnouncer blankText={controls.blank ? m.blankText : undefined} />
      {controls.helpOpen && (
        <HelpOverlay actions={PRESENT_ACTIONS} onClose={() => setHelpOpen(false)} />
      )}
      {controls.blank && (
        <div className="present-blank" data-testid="blank-screen" onClick={() => setBlank(false)} />
      )}
      {handout.drawn && <Handout geo={handout.geo} />}
    </div>
  );
}
