import { describe, expect, it } from 'vitest';
import {
  applyHostMessage,
  hostWindow,
  resizeMessage,
  selectedMessage,
  timeMessage,
} from '../../src/embed/host-actions';
import { storeWithStory } from '../fixtures/load-fixture';

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
const DAY = 86_400_000;

describe('a host time window', () => {
  it('runs from the first day to the end of the last, inclusive', () => {
    expect(hostWindow('2021-10-18', '2021-10-23')).toEqual({
      from: day('2021-10-18'),
      to: day('2021-10-24'),
    });
  });

  it('covers whole months for month dates', () => {
    expect(hostWindow('2021-03', '2021-03')).toEqual({
      from: day('2021-03-01'),
      to: day('2021-04-01'),
    });
  });

  it('is refused when it ends before it starts', () => {
    expect(hostWindow('2021-10-23', '2021-10-18')).toBeUndefined();
  });
});

describe('host messages on the store', () => {
  it('selects an event, as the host', () => {
    const store = storeWithStory();
    applyHostMessage(store, { type: 'dateline:select', eventId: 'joint-exercise' });
    expect(store.getState().selectedId).toBe('joint-exercise');
    expect(store.getState().selectionOrigin).toBe('host');
  });

  it('clears the selection for a null event', () => {
    const store = storeWithStory(undefined, { event: 'joint-exercise' });
    applyHostMessage(store, { type: 'dateline:select', eventId: null });
    expect(store.getState().selectedId).toBeUndefined();
  });

  it('reports an unknown event as not done and leaves the selection', () => {
    const store = storeWithStory(undefined, { event: 'joint-exercise' });
    expect(applyHostMessage(store, { type: 'dateline:select', eventId: 'no-such-event' })).toBe(
      false,
    );
    expect(store.getState().selectedId).toBe('joint-exercise');
  });

  it('sets the time window, last day included, and stops playback', () => {
    const store = storeWithStory();
    store.getState().setPlaying(true);
    applyHostMessage(store, { type: 'dateline:setTime', from: '2021-10-18', to: '2021-10-20' });
    expect(store.getState().window).toEqual({ from: day('2021-10-18'), to: day('2021-10-21') });
    expect(store.getState().playing).toBe(false);
  });

  it('brings a new window onto the timeline axis', () => {
    const store = storeWithStory();
    store.getState().setAxis({ from: day('2021-10-01'), to: day('2021-10-31') });
    applyHostMessage(store, { type: 'dateline:setTime', from: '2021-03-01', to: '2021-03-10' });
    expect(store.getState().axis.from).toBeLessThanOrEqual(day('2021-03-01'));
  });

  it('goes to a step, 0-based', () => {
    const store = storeWithStory();
    applyHostMessage(store, { type: 'dateline:step', index: 2 });
    expect(store.getState().stepIndex).toBe(2);
    expect(store.getState().selectedId).toBe(store.getState().story?.steps[2]?.event);
    expect(store.getState().selectedId).toBeDefined();
  });

  it('goes to the next and the previous step', () => {
    const store = storeWithStory();
    applyHostMessage(store, { type: 'dateline:step', index: 1 });
    applyHostMessage(store, { type: 'dateline:next' });
    expect(store.getState().stepIndex).toBe(2);
    applyHostMessage(store, { type: 'dateline:prev' });
    applyHostMessage(store, { type: 'dateline:prev' });
    expect(store.getState().stepIndex).toBe(0);
  });

  it('plays and pauses', () => {
    const store = storeWithStory();
    applyHostMessage(store, { type: 'dateline:play' });
    expect(store.getState().playing).toBe(true);
    applyHostMessage(store, { type: 'dateline:pause' });
    expect(store.getState().playing).toBe(false);
  });
});

describe('frame messages', () => {
  it('say a window as its first and last day, inclusive', () => {
    expect(timeMessage({ from: day('2021-10-18'), to: day('2021-10-24') })).toEqual({
      type: 'dateline:timechange',
      from: '2021-10-18',
      to: '2021-10-23',
    });
  });

  it('count a part-day end as its day', () => {
    const to = day('2021-10-24') + DAY / 2;
    expect(timeMessage({ from: day('2021-10-18'), to }).to).toBe('2021-10-24');
  });

  it('say "nothing selected" as null', () => {
    expect(selectedMessage(undefined)).toEqual({ type: 'dateline:selected', eventId: null });
  });

  it('round the height', () => {
    expect(resizeMessage(480.6)).toEqual({ type: 'dateline:resize', height: 481 });
  });
});
