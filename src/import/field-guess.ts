/**
 * Which property (GeoJSON) or column (CSV) plays which part of an event, guessed from names
 * people use and from the values; the person's choice (ImportOptions.fields) always wins.
 * When the time cannot be told, the import asks rather than guesses.
 */
import type { FieldChoice, FieldRole } from './import-file';
import { looksLikeTime } from './time-value';

const NAMES: Readonly<Record<FieldRole, readonly string[]>> = {
  time: [
    'time',
    'date',
    'datetime',
    'timestamp',
    'event_date',
    'start',
    'start_date',
    'start_time',
    'when',
    'date_time',
  ],
  end: ['end', 'end_date', 'end_time', 'enddate'],
  title: ['title', 'headline', 'name', 'label', 'event', 'event_name'],
  text: ['description', 'notes', 'text', 'summary', 'body', 'details', 'comment'],
  latitude: ['latitude', 'lat', 'y'],
  longitude: ['longitude', 'lon', 'lng', 'long', 'x'],
  place: ['place', 'location', 'location_name', 'city', 'town', 'address', 'locality'],
};

/** The roles filled, by field name, and what is still needed. */
export interface FieldPlan {
  readonly fields: Partial<Record<FieldRole, string>>;
  readonly needs: FieldChoice[];
  /** Fields the person named that the file does not have. */
  readonly unknown: string[];
}

/**
 * Plans the fields for records sharing names. `roles` are the ones this format reads;
 * `required` the ones without which there is no event.
 */
export function planFields(
  records: readonly Readonly<Record<string, unknown>>[],
  roles: readonly FieldRole[],
  required: readonly FieldRole[],
  chosen: Partial<Record<FieldRole, string>> = {},
): FieldPlan {
  const names = fieldNames(records);
  const sample = records.slice(0, 200);
  const fields: Partial<Record<FieldRole, string>> = {};
  const needs: FieldChoice[] = [];
  const unknown: string[] = [];
  const taken = new Set<string>();
  for (const role of roles) {
    const choice = chosen[role];
    if (choice !== undefined) {
      if (names.includes(choice)) {
        fields[role] = choice;
        taken.add(choice);
      } else unknown.push(choice);
    }
  }
  for (const role of roles) {
    if (fields[role] !== undefined || chosen[role] !== undefined) continue;
    const candidates = candidatesFor(role, names, sample).filter((name) => !taken.has(name));
    const named = candidates.find((name) => NAMES[role].includes(name.toLowerCase()));
    if (named !== undefined) {
      fields[role] = named;
      taken.add(named);
    } else if (role === 'time' && candidates.length === 1 && candidates[0] !== undefined) {
      fields[role] = candidates[0];
      taken.add(candidates[0]);
    } else if (required.includes(role)) {
      needs.push({ role, candidates: candidates.length > 0 ? candidates : names });
    }
  }
  return { fields, needs, unknown };
}

function fieldNames(records: readonly Readonly<Record<string, unknown>>[]): string[] {
  const names = new Set<string>();
  for (const record of records.slice(0, 200))
    for (const name of Object.keys(record)) names.add(name);
  return [...names];
}

/** Fields whose values fit the role, those with a telling name first. */
function candidatesFor(
  role: FieldRole,
  names: readonly string[],
  sample: readonly Readonly<Record<string, unknown>>[],
): string[] {
  const fits = names.filter((name) => share(sample, name, fitFor(role)) >= 0.8);
  const rank = (name: string) => {
    const index = NAMES[role].indexOf(name.toLowerCase());
    return index === -1 ? NAMES[role].length : index;
  };
  return [...fits].sort((a, b) => rank(a) - rank(b));
}

function fitFor(role: FieldRole): (value: unknown) => boolean {
  switch (role) {
    case 'time':
    case 'end':
      return looksLikeTime;
    case 'latitude':
      return (value) => inRange(value, 90);
    case 'longitude':
      return (value) => inRange(value, 180);
    default:
      return (value) =>
        typeof value === 'string' && value.trim() !== '' && Number.isNaN(Number(value));
  }
}

function inRange(value: unknown, limit: number): boolean {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : NaN;
  return Number.isFinite(number) && Math.abs(number) <= limit;
}

/** The share of records (with the field present and not empty) whose value fits. */
function share(
  records: readonly Readonly<Record<string, unknown>>[],
  name: string,
  fits: (value: unknown) => boolean,
): number {
  let present = 0;
  let fitting = 0;
  for (const record of records) {
    const value = record[name];
    if (value === undefined || value === null || value === '') continue;
    present += 1;
    if (fits(value)) fitting += 1;
  }
  return present === 0 ? 0 : fitting / present;
}
