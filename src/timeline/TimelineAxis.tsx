/** The axis area: the canvas of events with the window over it, on one shared scale. */
import { useContext, useLayoutEffect, useMemo, useRef } from 'react';
import { useDateline } from '../state/store-context';
import { createTimeScale } from '../time/time-scale';
import { storyAxisGeometry } from './axis-geometry';
import { storyMarks } from './event-layout';
import { AxisCanvas } from './AxisCanvas';
import { DensitySummary } from './DensitySummary';
import { FIRST_AXIS_SLOT, FirstAxisContext } from './first-axis-slot';
import { useDrawnAfterText } from './use-drawn-after-text';
import { useElementWidth } from './use-element-width';
import { WindowOverlay } from './WindowOverlay';

/** Measures its width and lays the canvas and the window on the store's axis. */
export function TimelineAxis() {
  const story = useDateline((state) => state.story);
  const axis = useDateline((state) => state.axis);
  const [ref, width] = useElementWidth();
  const scale = useMemo(() => createTimeScale(axis, width), [axis, width]);
  const geometry = useMemo(() => storyAxisGeometry(story ? storyMarks(story) : undefined), [story]);
  const drawn = useDrawnAfterText(story);
  const firstAxis = useContext(FirstAxisContext);
  // The still timeline (moved here from the prerendered page) goes in the commit that first
  // draws the canvas, before that frame is painted: the axis is never seen empty or twice.
  const slot = useRef<HTMLDivElement>(null);
  const placed = width > 0 && drawn;
  useLayoutEffect(() => {
    if (placed) slot.current?.replaceChildren();
  }, [placed]);
  // Time runs left to right in every language, as charts in Persian and Arabic media draw it, so
  // the axis and its sliders do not mirror in a right-to-left interface (docs/languages.md).
  return (
    <div className="timeline-axis" dir="ltr" ref={ref} style={{ height: geometry.height }}>
      {story ? (
        <>
          {drawn ? (
            <AxisCanvas story={story} scale={scale} geometry={geometry} />
          ) : (
            <canvas
              className="timeline-canvas"
              style={{ height: geometry.canvasHeight }}
              aria-hidden="true"
            />
          )}
          {/* Empty in the app's own tree: React leaves alone what the takeover puts in it. */}
          <div className={FIRST_AXIS_SLOT} ref={slot} aria-hidden="true">
            {width === 0 && firstAxis?.(geometry)}
          </div>
          {geometry.histogramHeight > 0 && scale.width > 0 ? (
            <DensitySummary story={story} scale={scale} />
          ) : null}
          <WindowOverlay story={story} scale={scale} geometry={geometry} />
        </>
      ) : null}
    </div>
  );
}
