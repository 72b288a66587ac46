/** The mini story with one event whose place has been taken away: "not on the map yet". */
import { miniStoryData } from '../fixtures/load-fixture';

export const UNPLACED_ID = 'border-talks';

/** The mini story's data as format 2, with the border talks left without a place. */
export function unplacedStoryData() {
  const data = miniStoryData();
  const events = data.events.map((event) => {
    if (event.id !== UNPLACED_ID) return event;
    const { place: _place, ...rest } = event;
    return rest;
  });
  return { ...data, format: 2, events };
}
