/**
 * The host-page API in both directions, as plain functions: what each host message does to the
 * store, and the messages the frame sends back. The same store actions a reader's clicks use.
 */
import type { DatelineStore } from '../state/store';
import type { Story } from '../story/story';
import { endOf, parsePartialDate, startOf, toIsoDay } from '../time/partial-date';
import { axisAround } from '../time/time-scale';
import type { TimeWindow } from '../time/time-window';
import { limitsOf, takeOverWindow } from '../timeline/timeline-actions';
import type { FrameMessage, HostMessage } from './host-messages';

/** The window a host's `from`/`to` name: from the first day to the end of the last, inclusive. */
export function hostWindow(from: string, to: string): TimeWindow | undefined {
  const first = parsePartialDate(from);
  const last = parsePartialDate(to);
  if (!first || !last) return undefined;
  const window = { from: startOf(first), to: endOf(last) };
  return window.to > window.from ? window : undefined;
}

/** Carries out a host's message on the store; false when it asked for something impossible. */
export function applyHostMessage(store: DatelineStore, message: HostMessage): boolean {
  const state = store.getState();
  switch (message.type) {
    case 'dateline:hello':
      return true;
    case 'dateline:select': {
      const id = message.eventId ?? undefined;
      state.select(id, 'host');
      return store.getState().selectedId === id;
    }
    case 'dateline:setTime': {
      const window = hostWindow(message.from, message.to);
      if (!window || !state.story) return false;
      takeOverWindow(store, window);
      // Bring the new window onto the timeline's axis, as a link's window would be.
      const { axis, window: applied, setAxis } = store.getState();
      if (applied.from < axis.from || applied.to > axis.to) {
        setAxis(axisAround(applied, limitsOf(state.story)));
      }
      return true;
    }
    case 'dateline:step':
      state.goToStep(message.index);
      return true;
    case 'dateline:next':
      state.nextStep();
      return true;
    case 'dateline:prev':
      state.prevStep();
      return true;
    case 'dateline:play':
      state.setPlaying(true);
      return true;
    case 'dateline:pause':
      state.setPlaying(false);
      return true;
  }
}

type Message<T extends FrameMessage['type']> = Extract<FrameMessage, { readonly type: T }>;

/** "The story is ready": its id and how many events it shows. */
export function readyMessage(story: Story): Message<'dateline:ready'> {
  return { type: 'dateline:ready', storyId: story.id, eventCount: story.events.length };
}

/** The selection changed (null: nothing selected). */
export function selectedMessage(eventId: string | undefined): Message<'dateline:selected'> {
  return { type: 'dateline:selected', eventId: eventId ?? null };
}

/** The window changed: its first and last day, inclusive, as the URL writes them. */
export function timeMessage(window: TimeWindow): Message<'dateline:timechange'> {
  // The last day is the one holding the window's last instant, also when playback has left the
  // end between midnights.
  const last = Math.max(window.from, window.to - 1);
  return { type: 'dateline:timechange', from: toIsoDay(window.from), to: toIsoDay(last) };
}

/** The document's height, in whole CSS pixels. */
export function resizeMessage(height: number): Message<'dateline:resize'> {
  return { type: 'dateline:resize', height: Math.round(height) };
}
