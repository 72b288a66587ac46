import type { LoadProgress } from '../story/load-story';
import type { ParseResult } from '../story/parse-story';
import type { Problem } from '../story/problem';
import type { Story } from '../story/story';
import { clampWindow } from '../time/time-window';
import type { SliceCreator } from './store';

export type StoryStatus = 'loading' | 'ready' | 'failed';

export interface StorySlice {
  readonly status: StoryStatus;
  readonly story: Story | undefined;
  /** What was wrong with the story file: events left out, or why nothing loaded. */
  readonly storyProblems: readonly Problem[];
  /** How far the story's load has come, while it loads and when that is known. */
  readonly loadProgress: LoadProgress | undefined;
  readonly storyProgress: (progress: LoadProgress) => void;
  /** What was wrong with the opening link; those parts were ignored. */
  readonly linkProblems: readonly Problem[];
  readonly reportLinkProblems: (problems: readonly Problem[]) => void;
  /** Takes a parse result and applies the opening link's event, window and step to it. */
  readonly storyLoaded: (result: ParseResult) => void;
}

export const createStorySlice: SliceCreator<StorySlice> = (set, get) => ({
  status: 'loading',
  story: undefined,
  storyProblems: [],
  loadProgress: undefined,
  storyProgress: (progress) => {
    if (get().status === 'loading') set({ loadProgress: progress });
  },
  linkProblems: [],
  reportLinkProblems: (problems) => set({ linkProblems: [...get().linkProblems, ...problems] }),
  storyLoaded: (result) => {
    if (!result.ok) {
      set({
        status: 'failed',
        story: undefined,
        storyProblems: result.problems,
        loadProgress: undefined,
      });
      return;
    }
    const { story } = result;
    const { initial } = get().settings;
    const linkProblems: Problem[] = [];
    const asked = {
      from: initial.from ?? story.span.from,
      to: initial.to ?? story.span.to,
    };
    if (asked.to <= asked.from) {
      linkProblems.push({ path: '?to', code: 'to-before-from' });
    }
    const window = asked.to > asked.from ? clampWindow(asked, story.span) : story.span;
    let selectedId: string | undefined;
    if (initial.event !== undefined) {
      if (story.events.some((event) => event.id === initial.event)) selectedId = initial.event;
      else
        linkProblems.push({
          path: '?event',
          code: 'no-such-event',
          event: initial.event,
        });
    }
    set({
      status: 'ready',
      story,
      loadProgress: undefined,
      storyProblems: result.problems,
      linkProblems: [...get().linkProblems, ...linkProblems],
      window,
      axis: story.span,
      selectedId,
      selectionOrigin: 'link',
    });
    if (initial.step !== undefined) {
      if (initial.step <= story.steps.length) get().goToStep(initial.step - 1);
      else {
        get().reportLinkProblems([
          { path: '?step', code: 'past-last-step', steps: story.steps.length },
        ]);
      }
    }
  },
});
