/** The timeline: playback, zoom, the window's sliders and its summary line. */
import type { Formatter } from '../format';

export function timeline(f: Formatter) {
  const events = (count: number) => f.plural(count, { one: 'event', other: 'events' });
  return {
    region: 'Timeline',
    playback: 'Playback',
    previousEvent: 'Previous event',
    nextEvent: 'Next event',
    play: 'Play',
    pause: 'Pause',
    playTitle: 'Play through the timeline',
    zoom: 'Zoom',
    zoomOut: 'Zoom timeline out',
    zoomOutTitle: 'Zoom timeline out (−)',
    zoomIn: 'Zoom timeline in',
    zoomInTitle: 'Zoom timeline in (+)',
    fitAll: 'Fit all',
    zoomToWindow: 'Zoom to window',
    failed: 'No timeline: the story could not be shown.',
    loading: 'Loading the timeline…',
    /** The visible part of "← 2 earlier events: widen the timeline"; the rest is for screen readers. */
    earlierShown: (count: number) => `${f.number(count)} earlier `,
    laterShown: (count: number) => `${f.number(count)} later `,
    widenHidden: (count: number) => `${events(count)}: widen the timeline`,
    showing: (range: string) => `Showing ${range}`,
    shownOfTotal: (shown: number, total: number) =>
      `${f.number(shown)} of ${f.number(total)} ${events(total)}`,
    showAll: 'Show all',
    windowStart: 'Window start',
    windowBody: 'Window',
    windowEnd: 'Window end',
    windowStartTitle: (day: string) => `Window start: ${day}`,
    windowEndTitle: (day: string) => `Window end: ${day}`,
    daySpan: (first: string, last: string) => `${first} to ${last}`,
    sliderValue: (value: string, shown: number, total: number) =>
      `${value}, ${f.number(shown)} of ${f.number(total)} ${events(total)} shown`,
  };
}

export type TimelineMessages = ReturnType<typeof timeline>;
