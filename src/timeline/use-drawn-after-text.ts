/**
 * Whether the timeline may place and draw its marks yet. The first big story to arrive is
 * painted as text first (title, list, details) and its marks a frame later, in a task of their
 * own: placing 10,000 marks into lanes and drawing them twice (before and after the axis
 * settles) were about half of the one task that showed a big story's first view. The canvas
 * keeps its size meanwhile, so nothing moves when the marks appear.
 */
import { useEffect, useState } from 'react';
import { afterNextPaint, BIG_STORY_EVENTS } from '../story/big-story';
import type { Story } from '../story/story';

/** True once a big story's text has been painted, and at once for a small one (or none). */
export function useDrawnAfterText(story: Story | undefined): boolean {
  const [painted, setPainted] = useState(false);
  // Only the first big story waits: later stories (an edit, another story) draw as they come.
  const waiting = !painted && (story?.events.length ?? 0) >= BIG_STORY_EVENTS;
  useEffect(() => (waiting ? afterNextPaint(() => setPainted(true)) : undefined), [waiting]);
  return !waiting;
}
