/** The moment a reader first sees the story: measured by the performance budget in the browser tests. */
import { useEffect } from 'react';

/** The performance mark's name. */
export const STORY_VISIBLE_MARK = 'dateline:story-visible';

/** Marks, once per page, the first commit in which the title and the event list show a ready story. */
export function useStoryVisibleMark(ready: boolean): void {
  useEffect(() => {
    if (!ready || typeof performance === 'undefined' || typeof performance.mark !== 'function')
      return;
    if (performance.getEntriesByName(STORY_VISIBLE_MARK).length > 0) return;
    performance.mark(STORY_VISIBLE_MARK);
  }, [ready]);
}
