import { describe, expect, it } from 'vitest';
import { generateStory } from '../../scripts/generate-story.mjs';
import { compareEvents, positionInStory } from '../../src/story/event-order';
import { parseStory } from '../../src/story/parse-story';
import type { StoryEvent } from '../../src/story/story';
import { eventsInWindow, windowIndexSteps } from '../../src/story/window-index';
import { overlaps, type TimeWindow } from '../../src/time/time-window';
import { eventSpanning } from './story-builders';

const DAY = 86_400_000;

/** An event of [start, end) days, for windows drawn by hand. */
function spanning(id: string, startDay: number, endDay: number): StoryEvent {
  return eventSpanning(id, startDay * DAY, endDay * DAY);
}

const days = (from: number, to: number): TimeWindow => ({ from: from * DAY, to: to * DAY });
const ids = (events: readonly StoryEvent[], window: TimeWindow) =>
  eventsInWindow(events, window)
    .toArray()
    .map((event) => event.id);

/** What a walk through every event finds, in story order. */
const walked = (events: readonly StoryEvent[], window: TimeWindow) =>
  events.filter((event) => overlaps(window, event.time.start, event.time.end));

// Starts and ends tie often here: four kinds of time, a month known only as a month.
const parsed = parseStory(generateStory(3000));
if (!parsed.ok) throw new Error('the generated story did not parse');
const story = parsed.story;

describe('eventsInWindow', () => {
  it('shows what a walk through every event shows, in the same order', () => {
    const { from, to } = story.span;
    for (let i = 0; i < 40; i += 1) {
      const start = from + Math.floor(((to - from) * i) / 40 / DAY) * DAY;
      const window = { from: start, to: start + ((i % 5) * 7 + 1) * DAY };
      expect(eventsInWindow(story.events, window).toArray()).toEqual(walked(story.events, window));
    }
  });

  it('finds each shown event at its place in the window, and no other event', () => {
    const window = { from: story.span.from + 200 * DAY, to: story.span.from + 230 * DAY };
    const shown = eventsInWindow(story.events, window);
    const list = shown.toArray();
    for (const event of story.events) expect(shown.indexOf(event)).toBe(list.indexOf(event));
    expect(shown.indexOf(undefined)).toBe(-1);
  });

  it('reads each event by its place, and nothing past either end', () => {
    const shown = eventsInWindow(story.events, {
      from: story.span.from + 100 * DAY,
      to: story.span.from + 101 * DAY,
    });
    const list = shown.toArray();
    expect(list.map((_, i) => shown.at(i))).toEqual(list);
    expect([shown.at(-1), shown.at(shown.length), shown.at(0.5)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('shows nothing in a window where no event happens', () => {
    const events = [spanning('a', 0, 1), spanning('b', 10, 11)];
    expect(eventsInWindow(events, days(3, 5)).length).toBe(0);
  });

  it('shows nothing before the first event and nothing after the last', () => {
    const events = [spanning('a', 5, 6), spanning('b', 10, 12)];
    expect([ids(events, days(0, 5)), ids(events, days(12, 20))]).toEqual([[], []]);
  });

  it('shows everything in a window open at both ends', () => {
    const events = [spanning('a', 5, 6), spanning('b', 10, 12)];
    expect(ids(events, { from: -Infinity, to: Infinity })).toEqual(['a', 'b']);
  });

  it('shows ranges that began before the window and run into it, first', () => {
    const events = [
      spanning('long', 0, 30),
      spanning('ended', 1, 4),
      spanning('month', 2, 12),
      spanning('inside', 6, 7),
    ];
    expect(ids(events, days(5, 8))).toEqual(['long', 'month', 'inside']);
  });

  it('leaves out an event ending as the window begins and one starting as it ends', () => {
    const events = [spanning('before', 3, 5), spanning('at-start', 5, 6), spanning('after', 8, 9)];
    expect(ids(events, days(5, 8))).toEqual(['at-start']);
  });

  it('keeps story order among events with equal times', () => {
    const events = ['c', 'a', 'b'].map((id) => spanning(id, 4, 6));
    const sorted = [...events].sort(compareEvents);
    expect(ids(sorted, days(5, 6))).toEqual(['a', 'b', 'c']);
    expect(ids(sorted, days(4, 5))).toEqual(['a', 'b', 'c']);
  });

  it('sorts a list that is not in story order before answering', () => {
    const events = [spanning('late', 9, 10), spanning('early', 1, 2)];
    expect(ids(events, days(0, 20))).toEqual(['early', 'late']);
  });

  it('never shows an event without times, and still shows the dated ones', () => {
    const undated: StoryEvent = {
      ...spanning('undated', 0, 0),
      time: { ...spanning('x', 0, 1).time, start: NaN, end: NaN },
    };
    const events = [spanning('a', 1, 2), undated, spanning('b', 3, 4)];
    expect(ids(events, { from: -Infinity, to: Infinity })).toEqual(['a', 'b']);
    expect(ids(events, days(3, 4))).toEqual(['b']);
  });
});

describe('positionInStory', () => {
  it("finds every event where walking the story's list finds it", () => {
    story.events.forEach((event, index) =>
      expect(positionInStory(story.events, event)).toBe(index),
    );
  });

  it('finds nothing for no event', () => {
    expect(positionInStory(story.events, undefined)).toBe(-1);
  });
});

/** A list that counts how many of its items are read. */
function counted(events: readonly StoryEvent[]) {
  const reads = { count: 0 };
  const list = new Proxy(events, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.count += 1;
      return Reflect.get(target, key, receiver);
    },
  });
  return { list, reads };
}

describe('a time-window step', () => {
  const big = parseStory(generateStory(20_000));
  if (!big.ok) throw new Error('the generated story did not parse');

  it('reads a few events per step, not every event', () => {
    const { list, reads } = counted(big.story.events);
    eventsInWindow(list, big.story.span); // builds the index: one pass, once per story
    const { from } = big.story.span;
    reads.count = 0;
    let shown = 0;
    for (let day = 300; day < 310; day += 1) {
      const step = eventsInWindow(list, { from: from + day * DAY, to: from + (day + 1) * DAY });
      shown += step.length;
      step.indexOf(step.at(step.length >> 1));
    }
    // A walk would read about 8,000 events per step here (all that start before the window).
    expect(shown).toBeGreaterThan(0);
    expect(reads.count).toBeLessThan(shown + 10 * 40);
  });

  it("reads no event while a drag moves only the window's end", () => {
    const { list, reads } = counted(big.story.events);
    const from = big.story.span.from + 300 * DAY;
    const first = eventsInWindow(list, { from, to: from + 60 * DAY });
    const runningIn = first.toArray().filter((event) => event.time.start <= from).length;
    reads.count = 0;
    for (let day = 59; day > 50; day -= 1) eventsInWindow(list, { from, to: from + day * DAY });
    // The events that began before the window and run into it are the same at every step.
    expect(runningIn).toBeGreaterThan(0);
    expect(reads.count).toBe(0);
  });

  it('finds the events running into a window again when its start moves', () => {
    const from = big.story.span.from + 300 * DAY;
    eventsInWindow(big.story.events, { from, to: from + 60 * DAY });
    const moved = { from: from + 20 * DAY, to: from + 60 * DAY };
    expect(eventsInWindow(big.story.events, moved).toArray()).toEqual(
      walked(big.story.events, moved),
    );
  });
});

describe('windowIndexSteps', () => {
  it('yields between runs of events and leaves the index for eventsInWindow to use', () => {
    const many = Array.from({ length: 40_000 }, (_, day) => spanning(`e${day}`, day, day + 2));
    const steps = windowIndexSteps(many);
    let pauses = 0;
    while (!steps.next().done) pauses += 1;
    expect(pauses).toBeGreaterThan(2);
    expect(ids(many, days(100, 101))).toEqual(['e99', 'e100']);
  });
});
