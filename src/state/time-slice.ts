import { clampWindow, type TimeWindow } from '../time/time-window';
import type { SliceCreator } from './store';

const NO_TIME: TimeWindow = { from: 0, to: 86_400_000 };

export interface TimeSlice {
  /** The time window that filters the map and the list. */
  readonly window: TimeWindow;
  /** The span the timeline's axis shows: its zoom. */
  readonly axis: TimeWindow;
  readonly playing: boolean;
  readonly setWindow: (window: TimeWindow) => void;
  readonly setAxis: (axis: TimeWindow) => void;
  readonly setPlaying: (playing: boolean) => void;
}

export const createTimeSlice: SliceCreator<TimeSlice> = (set, get) => ({
  window: NO_TIME,
  axis: NO_TIME,
  playing: false,
  setWindow: (window) => {
    const span = get().story?.span;
    const next = span ? clampWindow(window, span) : window;
    const current = get().window;
    if (next.from !== current.from || next.to !== current.to) set({ window: next });
  },
  setAxis: (axis) => {
    if (axis.to > axis.from) set({ axis });
  },
  setPlaying: (playing) => set({ playing }),
});
