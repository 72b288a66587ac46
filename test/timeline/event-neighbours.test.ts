import { describe, expect, it } from 'vitest';
import { storyMarks, type StoryMarks } from '../../src/timeline/event-layout';
import { neighbourEvent } from '../../src/timeline/event-neighbours';
import type { TimeWindow } from '../../src/time/time-window';
import { fixtureStory } from './fixture-story';

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
const story = fixtureStory();
const marks = storyMarks(story);
const at = (id: string) => marks.indexOf.get(id) ?? -1;

/** The walk the search replaces: what ◀ and ▶ stepped to before. */
function walked(spans: StoryMarks, direction: 1 | -1, window: TimeWindow): number | undefined {
  if (direction === 1) {
    for (let index = 0; index < spans.count; index += 1)
      if ((spans.ends[index] ?? 0) > window.from) return index;
    return undefined;
  }
  for (let index = spans.count - 1; index >= 0; index -= 1)
    if ((spans.starts[index] ?? 0) < window.to) return index;
  return undefined;
}

/** Spans in no particular order, some long, one with no time, as an edited story may hold. */
function shuffledMarks(count: number): StoryMarks {
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    starts[i] = Math.floor(random() * 1000);
    ends[i] = (starts[i] ?? 0) + 1 + Math.floor(random() < 0.1 ? random() * 500 : random() * 5);
  }
  starts[3] = Number.NaN;
  ends[3] = Number.NaN;
  return { ...marks, count, starts, ends };
}

describe('neighbourEvent', () => {
  const window = story.span;

  it('steps to the next event in time order', () => {
    expect(neighbourEvent(marks, at('ministers'), 1, window)).toBe(at('csto'));
  });

  it('has nothing after the last event', () => {
    expect(neighbourEvent(marks, marks.count - 1, 1, window)).toBeUndefined();
  });

  it('starts from the first event reaching into the window when nothing is selected', () => {
    expect(
      neighbourEvent(marks, undefined, 1, { from: day('2021-10-19'), to: day('2021-10-20') }),
    ).toBe(at('csto'));
  });

  it('steps back from the last event starting in the window when nothing is selected', () => {
    const last = marks.count - 1;
    const end = { from: marks.starts[last] ?? 0, to: (marks.ends[last] ?? 0) + 1 };
    expect(neighbourEvent(marks, undefined, -1, end)).toBe(last);
  });

  it('finds nothing to step to beyond every event', () => {
    const after = { from: story.span.to + 1, to: story.span.to + 2 };
    const before = { from: story.span.from - 2, to: story.span.from - 1 };
    expect(neighbourEvent(marks, undefined, 1, after)).toBeUndefined();
    expect(neighbourEvent(marks, undefined, -1, before)).toBeUndefined();
  });

  it('answers as a walk through every event does, in any order of events', () => {
    const spans = shuffledMarks(400);
    for (let from = -10; from < 1100; from += 7) {
      for (const direction of [1, -1] as const) {
        const window = { from, to: from + 13 };
        expect(neighbourEvent(spans, undefined, direction, window)).toBe(
          walked(spans, direction, window),
        );
      }
    }
  });
});
