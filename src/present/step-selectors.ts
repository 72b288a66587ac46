/** The steps as the presentation reads them from the store. */
import { eventIndex } from '../state/selectors';
import type { DatelineState } from '../state/store';
import type { Step, StoryEvent } from '../story/story';

/** The event a step shows. */
export function stepEvent(state: DatelineState, index: number | undefined): StoryEvent | undefined {
  const step: Step | undefined = index === undefined ? undefined : state.story?.steps[index];
  return step && state.story ? eventIndex(state.story).get(step.event) : undefined;
}

/** The current step's event: what the card shows, whatever else is selected on the map. */
export const selectCurrentStepEvent = (state: DatelineState) => stepEvent(state, state.stepIndex);

/** The next step's event, for the presenter. */
export const selectNextStepEvent = (state: DatelineState) =>
  stepEvent(state, state.stepIndex === undefined ? undefined : state.stepIndex + 1);

/** The current step's speaker notes. */
export const selectCurrentNotes = (state: DatelineState): string | undefined =>
  state.stepIndex === undefined ? undefined : state.story?.steps[state.stepIndex]?.notes;
