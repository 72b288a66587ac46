/**
 * The density strip in words, for screen readers (the canvas is hidden from them): the unit of
 * its buckets and the busiest one on the axis, e.g. "Events per month on the timeline; busiest:
 * March 2020, 1,240 events". It changes as the axis pans or zooms, never as the window scrubs.
 */
import type { Story } from '../story/story';
import { formatPartialDate } from '../time/format-date';
import type { TimeScale } from '../time/time-scale';
import { useLocale, useMessages } from '../ui/messages-context';
import { bucketUnitFor, busiestBucket, storyHistogram, type BucketUnit } from './event-histogram';
import { storyMarks } from './event-layout';

/** The calendar date a bucket starting at `ms` covers, as much of it as the unit names. */
function bucketDate(ms: number, unit: BucketUnit) {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (unit === 'year') return { year };
  const month = date.getUTCMonth() + 1;
  if (unit === 'month') return { year, month };
  return { year, month, day: date.getUTCDate() };
}

/** Visually hidden sentence about the busiest bucket on the axis. */
export function DensitySummary({ story, scale }: { story: Story; scale: TimeScale }) {
  const m = useMessages().density;
  const locale = useLocale();
  const unit = bucketUnitFor(scale.msPerPx);
  const busiest = busiestBucket(storyHistogram(storyMarks(story), unit), scale.domain);
  if (!busiest) return null;
  const day = formatPartialDate(bucketDate(busiest.start, unit), locale);
  const when = unit === 'week' ? m.weekOf(day) : day;
  return <p className="timeline-sr">{m.busiest(unit, when, busiest.count)}</p>;
}
