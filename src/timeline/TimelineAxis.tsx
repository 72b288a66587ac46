/** The axis area: the canvas of events with the window over it, on one shared scale. */
import { useMemo } from 'react';
import { useDateline } from '../state/store-context';
import { createTimeScale } from '../time/time-scale';
import { axisGeometry } from './axis-geometry';
import { storyMarks } from './event-layout';
import { AxisCanvas } from './AxisCanvas';
import { useElementWidth } from './use-element-width';
import { WindowOverlay } from './WindowOverlay';

/** Measures its width and lays the canvas and the window on the store's axis. */
export function TimelineAxis() {
  const story = useDateline((state) => state.story);
  const axis = useDateline((state) => state.axis);
  const [ref, width] = useElementWidth();
  const scale = useMemo(() => createTimeScale(axis, width), [axis, width]);
  const geometry = useMemo(() => axisGeometry(story ? storyMarks(story).overlap : 0), [story]);
  // Time runs left to right in every language, as charts in Persian and Arabic media draw it, so
  // the axis and its sliders do not mirror in a right-to-left interface (docs/languages.md).
  return (
    <div className="timeline-axis" dir="ltr" ref={ref} style={{ height: geometry.height }}>
      {story ? (
        <>
          <AxisCanvas story={story} scale={scale} geometry={geometry} />
          <WindowOverlay story={story} scale={scale} geometry={geometry} />
        </>
      ) : null}
    </div>
  );
}
