/**
 * Any CSV of events: one row per event, with a date column and, if it has them, latitude and
 * longitude columns. Columns are guessed from their names and values, or chosen by the person
 * (ImportOptions.fields); rows without coordinates are kept without a place.
 */
import type { CsvTable } from './csv-table';
import { planFields } from './field-guess';
import type { FieldRole, ImportOptions } from './import-file';
import { ImportLog } from './import-log';
import type { ImportedEvent, ImportedPlace } from './imported-story';
import { resolutionKm, roundKm } from './point-uncertainty';
import type { Imported } from './read-import';
import { readTimeValue } from './time-value';

const ROLES: readonly FieldRole[] = [
  'time',
  'end',
  'title',
  'text',
  'latitude',
  'longitude',
  'place',
];

/** A story from a CSV table of events. */
export function readCsvEvents(table: CsvTable, fileName: string, options: ImportOptions): Imported {
  if (table.rows.length === 0) return { problem: { code: 'no-rows' } };
  const chosen = Object.fromEntries(
    Object.entries(options.fields ?? {}).map(([role, name]) => [role, name.toLowerCase()]),
  );
  const plan = planFields(
    table.rows.map((row) => row.cells),
    ROLES,
    ['time'],
    chosen,
  );
  if (plan.unknown.length > 0) {
    return { problem: { code: 'no-column', names: plan.unknown } };
  }
  const { fields } = plan;
  if (fields.time === undefined) {
    return { problem: { code: 'choose-column' }, needs: plan.needs };
  }
  const log = new ImportLog();
  for (const problem of table.problems) log.add(problem);
  for (const role of ROLES) {
    const field = fields[role];
    if (field !== undefined && chosen[role] === undefined)
      log.add({ code: 'guessed-column', role, name: field });
  }
  const located = fields.latitude !== undefined && fields.longitude !== undefined;
  if (!located) log.add({ code: 'no-coordinate-columns' });
  const events: ImportedEvent[] = [];
  for (const { number, cells } of table.rows) {
    const cell = (role: FieldRole) => {
      const name = fields[role];
      return name === undefined ? '' : (cells[name] ?? '').replace(/\s+/g, ' ').trim();
    };
    const start = readTimeValue(cell('time'));
    if ('problem' in start) {
      log.leftOut(start.problem, 'row', number);
      continue;
    }
    let time = start.time;
    if (cell('end') !== '') {
      const end = readTimeValue(cell('end'));
      if (
        'problem' in end ||
        end.time.precision !== time.precision ||
        end.time.start < time.start
      ) {
        log.add({ code: 'end-misfit' }, 'row', number);
      } else if (end.time.start !== time.start) time = { ...time, end: end.time.start };
    }
    const text = cell('text');
    const title = cell('title') || cell('place') || firstWords(text) || `Row ${number}`;
    const place = located
      ? placeOf(cell('longitude'), cell('latitude'), cell('place') || title, number, log)
      : undefined;
    events.push({
      title,
      kind: 'event',
      time,
      ...(place ? { place } : {}),
      text: [cell('title'), text].filter((piece) => piece !== '').join('\n') || title,
      ...(start.guess ? { guesses: [start.guess] } : {}),
    });
  }
  return {
    story: {
      title: fileName.replace(/\.[a-z]+$/i, ''),
      sourceTitle: fileName,
      sourceNote: `Imported from "${fileName}" (CSV); the text is each row's title and text columns.`,
      kinds: [{ id: 'event', label: 'Event' }],
      events,
    },
    log,
  };
}

function placeOf(
  lonText: string,
  latText: string,
  name: string,
  row: number,
  log: ImportLog,
): ImportedPlace | undefined {
  const lon = Number(lonText);
  const lat = Number(latText);
  if (lonText === '' || latText === '' || !(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
    log.add({ code: 'no-coordinates' }, 'row', row);
    return undefined;
  }
  return {
    name,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    uncertaintyKm: roundKm(resolutionKm(lonText, latText, lat)),
    note: 'The file gives no location error; the uncertainty is only the precision its coordinates are written to.',
  };
}

function firstWords(text: string): string {
  const words = text.split(' ');
  return words.length <= 10 ? text : `${words.slice(0, 10).join(' ')}…`;
}
