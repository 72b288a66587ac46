import { describe, expect, it } from 'vitest';
import {
  MARKS_FRAME_FADE_MS,
  marksFrameAsked,
  repaintMarks,
} from '../../../src/map/frame-copies/marks-repaint';

/** A map that records repaint requests and runs its 'render' listeners when a frame is drawn. */
function fakeMap(fade: number) {
  const listeners: (() => void)[] = [];
  const seen: number[] = [];
  const map = {
    _fadeDuration: fade,
    repaints: 0,
    triggerRepaint() {
      map.repaints += 1;
    },
    once(_type: 'render', listener: () => void) {
      listeners.push(listener);
    },
    /** One frame: records the fade it reads, as MapLibre's _render does, then fires 'render'. */
    frame() {
      seen.push(map._fadeDuration);
      for (const listener of listeners.splice(0)) listener();
    },
    seen,
  };
  return map;
}

describe('repaintMarks', () => {
  it('draws the next frame with a fade that does not force a label placement', () => {
    const map = fakeMap(0);
    repaintMarks(map);
    map.frame();
    expect(map.seen).toEqual([MARKS_FRAME_FADE_MS]);
    expect(map.repaints).toBe(1);
  });

  it('puts the fade back to 0 for the frame after', () => {
    const map = fakeMap(0);
    repaintMarks(map);
    map.frame();
    map.frame();
    expect(map.seen).toEqual([MARKS_FRAME_FADE_MS, 0]);
  });

  it('restores the fade once when several changes come before one frame', () => {
    const map = fakeMap(0);
    repaintMarks(map);
    repaintMarks(map);
    map.frame();
    map.frame();
    expect(map.seen).toEqual([MARKS_FRAME_FADE_MS, 0]);
    expect(map.repaints).toBe(2);
  });

  it('leaves a map with a fade of its own alone', () => {
    const map = fakeMap(300);
    repaintMarks(map);
    map.frame();
    expect(map.seen).toEqual([300]);
  });

  it('says a frame was asked for by the marks until that frame is drawn', () => {
    const map = fakeMap(0);
    expect(marksFrameAsked(map)).toBe(false);
    repaintMarks(map);
    repaintMarks(map);
    expect(marksFrameAsked(map)).toBe(true);
    map.frame();
    expect(marksFrameAsked(map)).toBe(false);
    map.frame();
    expect(marksFrameAsked(map)).toBe(false);
  });
});
