/** The mini story with presentation steps and speaker notes, for the presentation's tests. */
import { miniStoryData } from '../fixtures/load-fixture';

/** The mini story's JSON with four steps in time order, notes on the first three. */
export function steppedStoryData() {
  return {
    ...miniStoryData(),
    steps: [
      { event: 'base-reinforced', notes: 'Start with the base: it is why Russia is there.' },
      { event: 'border-talks', notes: 'Late summer talks.' },
      { event: 'ministry-statement', notes: 'The ministry frames it as defensive.' },
      { event: 'joint-exercise' },
    ],
  };
}

/** The same story with its first step, the base reinforced, still a draft's guess. */
export function guessedStoryData() {
  const data = steppedStoryData();
  const events = data.events.map((event) =>
    event.id === 'base-reinforced'
      ? {
          ...event,
          review: {
            status: 'guess',
            reasons: [{ field: 'place', text: "'the base' read as Dushanbe" }],
          },
        }
      : event,
  );
  return { ...data, events };
}
