import type { SliceCreator } from './store';

/**
 * Steps through the story, for presentations and host pages: each step selects its event and
 * sets the window from the story's start to the event's end (or the step's own window), so the
 * map shows what had happened by then. A step's camera, when given, overrides the fly-to.
 */
export interface StepSlice {
  /** The current step, 0-based; undefined before the first step is taken. */
  readonly stepIndex: number | undefined;
  readonly goToStep: (index: number) => void;
  readonly nextStep: () => void;
  readonly prevStep: () => void;
}

export const createStepSlice: SliceCreator<StepSlice> = (set, get) => ({
  stepIndex: undefined,
  goToStep: (index) => {
    const { story } = get();
    if (!story || story.steps.length === 0) return;
    const clamped = Math.max(0, Math.min(story.steps.length - 1, Math.trunc(index)));
    const step = story.steps[clamped];
    const event = story.events.find((candidate) => candidate.id === step?.event);
    if (!step || !event) return;
    set({ stepIndex: clamped, playing: false });
    get().setWindow(step.window ?? { from: story.span.from, to: event.time.end });
    get().select(event.id, 'step');
    if (step.camera) {
      const [lon, lat] = step.camera.center;
      get().setCamera({ lon, lat, zoom: step.camera.zoom }, 'request');
    }
  },
  nextStep: () => get().goToStep((get().stepIndex ?? -1) + 1),
  prevStep: () => get().goToStep((get().stepIndex ?? 1) - 1),
});
