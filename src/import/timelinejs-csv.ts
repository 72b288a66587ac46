/**
 * TimelineJS's Google Sheets template, downloaded as CSV: one row per slide, a row of type
 * "title" for the title slide, rows of type "era" for eras. Rows become TimelineJS slides and
 * go through the same mapping as TimelineJS JSON.
 */
import type { CsvTable } from './csv-table';
import type { ImportLog } from './import-log';
import type { ImportedStory } from './imported-story';
import { slidesToStory, type NumberedSlide, type Slide } from './timeline-slides';

/** A story from the template's rows. */
export function readTimelineCsv(
  table: CsvTable,
  fileName: string,
): { story: ImportedStory; log: ImportLog } {
  let title: Slide | undefined;
  let eras = 0;
  const slides: NumberedSlide[] = [];
  const badTimes: number[] = [];
  for (const { number, cells } of table.rows) {
    const type = (cells.type ?? '').toLowerCase();
    if (type === 'era') {
      eras += 1;
      continue;
    }
    const slide = rowToSlide(cells, () => badTimes.push(number));
    if (type === 'title' && title === undefined) title = slide;
    else slides.push({ number, slide });
  }
  const result = slidesToStory({
    title,
    slides,
    eras,
    part: 'row',
    fileName,
    formatName: 'TimelineJS spreadsheet as CSV',
  });
  for (const problem of table.problems) result.log.add(problem);
  for (const number of badTimes) {
    result.log.add({ code: 'bad-clock' }, 'row', number);
  }
  return result;
}

function rowToSlide(cells: Readonly<Record<string, string>>, onBadTime: () => void): Slide {
  const start = clock(cells.time ?? '', onBadTime);
  const end = clock(cells['end time'] ?? '', onBadTime);
  const media = cells.media ?? '';
  return {
    start_date: cells.year
      ? { year: cells.year, month: cells.month, day: cells.day, ...start }
      : null,
    end_date: cells['end year']
      ? { year: cells['end year'], month: cells['end month'], day: cells['end day'], ...end }
      : null,
    text: { headline: cells.headline ?? '', text: cells.text ?? '' },
    media: media === '' ? undefined : { url: media },
    group: cells.group || null,
    display_date: cells['display date'] || null,
  };
}

const CLOCK = /^(\d{1,2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*([ap]\.?m\.?)?$/i;

/** "14:30", "2:30 PM", "9 am" → hour and minute; seconds are dropped. */
function clock(text: string, onBad: () => void): { hour?: number; minute?: number } {
  if (text === '') return {};
  const match = CLOCK.exec(text.trim());
  if (!match) {
    onBad();
    return {};
  }
  let hour = Number(match[1]);
  const meridiem = match[3]?.[0]?.toLowerCase();
  if (meridiem && (hour < 1 || hour > 12)) {
    onBad();
    return {};
  }
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  return match[2] === undefined ? { hour } : { hour, minute: Number(match[2]) };
}
