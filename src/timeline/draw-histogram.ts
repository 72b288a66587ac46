/**
 * Draws the density strip: one bar per bucket of events (event-histogram.ts), rising from the
 * axis line, as tall as its count against the busiest bucket on the axis. The window's band and
 * shade lie over the strip as over the marks, so what the window leaves out is dimmed there too.
 */
import type { TimeScale } from '../time/time-scale';
import type { AxisGeometry } from './axis-geometry';
import { bucketsIn, type Histogram } from './event-histogram';

/** Draws the strip; nothing when the geometry has none. */
export function drawHistogram(
  ctx: CanvasRenderingContext2D,
  histogram: Histogram,
  scale: TimeScale,
  geometry: AxisGeometry,
  color: string,
): void {
  const height = geometry.histogramHeight;
  if (height <= 0) return;
  const { first, end } = bucketsIn(histogram, scale.domain);
  let most = 0;
  for (let index = first; index < end; index += 1)
    most = Math.max(most, histogram.counts[index] ?? 0);
  if (most === 0) return;
  const base = geometry.histogramTop + height;
  ctx.beginPath();
  for (let index = first; index < end; index += 1) {
    const x0 = Math.max(scale.x(histogram.starts[index] ?? 0), -1);
    const x1 = Math.min(scale.x(histogram.ends[index] ?? 0), scale.width + 1);
    // A pixel's gap between buckets wide enough to spare one, so neighbours read as bars.
    const width = x1 - x0 >= 4 ? x1 - x0 - 1 : Math.max(1, x1 - x0);
    // Every bucket with events stays visible: at least 2 px, however busy the busiest.
    const tall = Math.max(2, Math.round(((histogram.counts[index] ?? 0) / most) * (height - 2)));
    ctx.rect(x0, base - tall, width, tall);
  }
  ctx.fillStyle = color;
  ctx.fill();
}
