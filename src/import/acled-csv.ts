/**
 * CSV in ACLED's column layout (event_date, time_precision, geo_precision, latitude, longitude,
 * location, notes, source, event_type…). ACLED's precision codes become Dateline's:
 * time 1/2/3 = the day / the week around the date / the month; geo 1/2/3 = the town itself /
 * near a town / only a region, with the radii below.
 */
import type { CsvRow, CsvTable } from './csv-table';
import { slugify } from './event-ids';
import { ImportLog } from './import-log';
import type { AcledTimeProblem } from './import-notes';
import type {
  ImportedEvent,
  ImportedKind,
  ImportedPlace,
  ImportedStory,
  ImportedTime,
} from './imported-story';
import { readTimeValue } from './time-value';

/** The columns that make a CSV an ACLED export. */
export function isAcledLayout(table: CsvTable): boolean {
  const names = new Set(table.columns.map((name) => name.toLowerCase()));
  return ['event_date', 'latitude', 'longitude', 'time_precision', 'geo_precision'].every((name) =>
    names.has(name),
  );
}

/**
 * Radii for ACLED's geo_precision, in km.
 * 1: the source names the town and ACLED gives its coordinates: the event is somewhere in that
 *    town; 5 km covers the built-up area of all but the largest cities.
 * 2: the source says "near" a town or names a small part of a district, and ACLED uses the
 *    nearest town's coordinates: 25 km, about the reach of a district around its town.
 * 3: only a larger region (a province) is named, and ACLED uses its capital's coordinates:
 *    100 km, about the half-width of a typical first-level region (a median admin-1 area of
 *    some 20,000–30,000 km² is a disc of 80–100 km radius).
 */
const GEO_RADIUS_KM: Readonly<Record<string, number>> = { '1': 5, '2': 25, '3': 100 };
const GEO_MEANING: Readonly<Record<string, string>> = {
  '1': 'the town itself',
  '2': 'near the named town',
  '3': 'only the region; the point is its capital',
};

const DAY_MS = 86_400_000;
// A week-precise event is shown as the seven days centred on its date: ACLED codes such events
// to a day in the week the source names.
const HALF_WEEK_DAYS = 3;

/** A story from ACLED-layout rows. */
export function readAcled(
  table: CsvTable,
  fileName: string,
): { story: ImportedStory; log: ImportLog } {
  const log = new ImportLog();
  for (const problem of table.problems) log.add(problem);
  const kinds = new Map<string, ImportedKind>();
  const events: ImportedEvent[] = [];
  for (const row of table.rows) {
    const event = rowToEvent(row, log);
    if (!event) continue;
    kinds.set(event.kind.id, event.kind);
    events.push({ ...event.event, kind: event.kind.id });
  }
  log.add({ code: 'acled-columns' });
  return {
    story: {
      title: fileName.replace(/\.[a-z]+$/i, ''),
      sourceTitle: fileName,
      sourceNote: `Imported from "${fileName}" (ACLED column layout); the text is each row's notes, followed by its source.`,
      kinds: [...kinds.values()],
      events,
    },
    log,
  };
}

function rowToEvent(
  row: CsvRow,
  log: ImportLog,
): { event: Omit<ImportedEvent, 'kind'>; kind: ImportedKind } | undefined {
  const cell = (name: string) => row.cells[name] ?? '';
  const time = timeOf(cell('event_date'), cell('time_precision'));
  if ('problem' in time) {
    log.leftOut(time.problem, 'row', row.number);
    return undefined;
  }
  const place = placeOf(row, log);
  const what = cell('sub_event_type') || cell('event_type') || 'Event';
  const where = cell('location');
  const title = where ? `${what} in ${where}` : what;
  const notes = cell('notes').replace(/\s+/g, ' ');
  if (notes === '') log.add({ code: 'acled-no-notes' }, 'row', row.number);
  const label = cell('event_type') || 'Event';
  const source = cell('source');
  return {
    event: {
      ...(cell('event_id_cnty') ? { idHint: cell('event_id_cnty') } : {}),
      title,
      time,
      ...(place ? { place } : {}),
      text: notes || title,
      ...(source ? { after: `Source: ${source}` } : {}),
    },
    kind: { id: slugify(label) || 'event', label },
  };
}

/** ACLED dates: "2023-01-15", "15 January 2023", "15-01-2023" (day first, as ACLED writes). */
function timeOf(date: string, precision: string): ImportedTime | { problem: AcledTimeProblem } {
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(date);
  const iso = dayFirst
    ? `${dayFirst[3]}-${pad(dayFirst[2])}-${pad(dayFirst[1])}`
    : date.replace(/-([A-Za-z]+)-/, ' $1 ');
  if (date === '') return { problem: { code: 'acled-no-date' } };
  const read = readTimeValue(iso);
  if ('problem' in read) return { problem: { code: 'acled-date-unreadable', value: date } };
  if (read.time.precision !== 'day')
    return { problem: { code: 'acled-date-not-day', value: date } };
  const day = read.time.start;
  switch (precision) {
    case '1':
    case '':
      return { start: day, precision: 'day' };
    case '2': {
      const middle = Date.parse(`${day}T00:00Z`);
      return {
        start: isoDay(middle - HALF_WEEK_DAYS * DAY_MS),
        end: isoDay(middle + HALF_WEEK_DAYS * DAY_MS),
        precision: 'approximate',
        note: `ACLED time precision 2: some day in the week around ${day}.`,
      };
    }
    case '3':
      return {
        start: day.slice(0, 7),
        precision: 'month',
        note: `ACLED time precision 3: the month; ACLED wrote ${day}.`,
      };
    default:
      return { problem: { code: 'acled-time-precision', value: precision } };
  }
}

function placeOf(row: CsvRow, log: ImportLog): ImportedPlace | undefined {
  const lat = Number(row.cells.latitude);
  const lon = Number(row.cells.longitude);
  if (
    row.cells.latitude === '' ||
    row.cells.longitude === '' ||
    !(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)
  ) {
    log.add({ code: 'no-coordinates' }, 'row', row.number);
    return undefined;
  }
  let code = row.cells.geo_precision ?? '';
  if (GEO_RADIUS_KM[code] === undefined) {
    log.add({ code: 'acled-geo-precision', value: code }, 'row', row.number);
    code = '3';
  }
  const parts = [row.cells.location, row.cells.admin1, row.cells.country].filter((part) => part);
  const name = [...new Set(parts)].join(', ');
  return {
    name: name || `${lat}, ${lon}`,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    uncertaintyKm: GEO_RADIUS_KM[code] ?? 100,
    note: `ACLED geo precision ${code}: ${GEO_MEANING[code]}.`,
  };
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function pad(text: string | undefined): string {
  return (text ?? '').padStart(2, '0');
}
