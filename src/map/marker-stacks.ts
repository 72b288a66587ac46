/**
 * Markers of events at the very same place (five events "in Dushanbe") would hide one another.
 * They are spread on a small ring around the place, a fixed number of pixels at every zoom, so
 * each stays visible and clickable. Pure: the map reads the offsets through a `match` expression.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { anchorPoints } from '../geo/anchor';
import type { LonLat, PlaceGeometry } from '../geo/geometry';
import { runSteps } from '../story/work-in-slices';

/** The largest stack spread out; markers beyond it share ring positions. */
export const MAX_STACK = 12;
/** Distance between neighbouring markers on the ring, px. */
const SPACING = 22;
const MIN_RADIUS = 12;
/** Markers closer than this share a stack. */
export const STACK_RADIUS_KM = 10;

/** A marker's place in its stack, as one number the style can match on: size × 100 + index. */
export function stackSlot(size: number, index: number): number {
  const capped = Math.min(Math.max(size, 1), MAX_STACK);
  return capped * 100 + (index % capped);
}

/** Pixel offset of a marker in its stack; [0, 0] for a marker alone. */
export function stackOffset(size: number, index: number): [number, number] {
  const count = Math.min(size, MAX_STACK);
  if (count <= 1) return [0, 0];
  // The radius at which neighbouring markers are SPACING apart in a straight line.
  const radius = Math.max(MIN_RADIUS, SPACING / (2 * Math.sin(Math.PI / count)));
  // Even stacks start half a step round, so two markers sit side by side, not one above the other.
  const start = -Math.PI / 2 - (count % 2 === 0 ? Math.PI / count : 0);
  const angle = start + ((index % count) * 2 * Math.PI) / count;
  return [round(radius * Math.cos(angle)), round(radius * Math.sin(angle))];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * `icon-offset` for every slot. MapLibre scales icon-offset by icon-size, so a layer drawing its
 * icons larger passes that size to keep them on the same spot.
 */
export function stackOffsetExpression(iconSize = 1): ExpressionSpecification {
  const branches: [number, ExpressionSpecification][] = [];
  for (let size = 2; size <= MAX_STACK; size += 1) {
    for (let index = 0; index < size; index += 1) {
      const [x, y] = stackOffset(size, index);
      branches.push([
        stackSlot(size, index),
        ['literal', [round(x / iconSize), round(y / iconSize)]],
      ]);
    }
  }
  const none: ExpressionSpecification = ['literal', [0, 0]];
  const [[firstSlot, firstOffset] = [0, none], ...rest] = branches;
  return ['match', ['get', 'slot'], firstSlot, firstOffset, ...rest.flat(), none];
}

/** Kilometres in a degree of latitude (and of longitude at the equator). */
const KM_PER_DEGREE = 111.32;

/** Earth's mean radius in km, as turf's distance uses. */
const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/** Great-circle distance in km (haversine, as turf's distance), inline: 100,000 markers call it millions of times. */
function distanceKm(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * RADIANS;
  const dLon = (b[0] - a[0]) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.sin(dLon / 2) ** 2 * Math.cos(a[1] * RADIANS) * Math.cos(b[1] * RADIANS);
  return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

/**
 * Gives each marker its slot. Markers within `radiusKm` of a stack's first marker join that stack
 * (Kabul and Kabul airport are one spot at any zoom the story needs); order is kept.
 */
export function assignSlots(positions: readonly LonLat[], radiusKm = STACK_RADIUS_KM): number[] {
  return runSteps(assignSlotSteps(positions, radiusKm));
}

/** Markers stacked between two chances to yield. */
const MARKERS_PER_STEP = 1024;

/** assignSlots as steps, yielding between runs of markers (100,000 took 0.1–0.3 s). */
export function* assignSlotSteps(
  positions: readonly LonLat[],
  radiusKm = STACK_RADIUS_KM,
): Generator<void, number[]> {
  const stacks: { seed: LonLat; members: number[] }[] = [];
  const stackOf: number[] = [];
  // Seeds are filed in a grid of cells one radius high, so each marker is compared only with
  // the seeds nearby: linear in the number of markers, not quadratic (10,000 events stay fast).
  const cell = radiusKm / KM_PER_DEGREE;
  const grid = new Map<number, number[]>();
  // A number, not a string, per cell: rows and columns stay well within ±2^20 at any radius used.
  const key = (row: number, column: number) => row * 2 ** 22 + column;
  for (let index = 0; index < positions.length; index += 1) {
    if (index % MARKERS_PER_STEP === MARKERS_PER_STEP - 1) yield;
    const position = positions[index];
    if (!position) continue;
    const [lon, lat] = position;
    const row = Math.floor(lat / cell);
    const column = Math.floor(lon / cell);
    // A degree of longitude shrinks with latitude, so look further east and west.
    const reach = Math.ceil(
      1 / Math.max(Math.cos((Math.min(Math.abs(lat) + cell, 89) * Math.PI) / 180), 0.02),
    );
    let stack = -1;
    for (let r = row - 1; r <= row + 1; r += 1) {
      for (let c = column - reach; c <= column + reach; c += 1) {
        for (const candidate of grid.get(key(r, c)) ?? []) {
          const seed = stacks[candidate]?.seed;
          if (seed && (stack < 0 || candidate < stack) && distanceKm(seed, position) <= radiusKm) {
            stack = candidate;
          }
        }
      }
    }
    if (stack < 0) {
      stack = stacks.push({ seed: position, members: [] }) - 1;
      const seeds = grid.get(key(row, column));
      if (seeds) seeds.push(stack);
      else grid.set(key(row, column), [stack]);
    }
    stacks[stack]?.members.push(index);
    stackOf.push(stack);
  }
  yield;
  const slotInStack = new Map<number, number>();
  return positions.map((_, index) => {
    const stack = stackOf[index] ?? 0;
    const members = stacks[stack]?.members.length ?? 1;
    const slot = slotInStack.get(stack) ?? 0;
    slotInStack.set(stack, slot + 1);
    return stackSlot(members, slot);
  });
}

/**
 * Each placed event's slot at each of its anchor points, by event id, as the live map assigns
 * them (every placed event of the story, in story order), so a still map spreads a stack the
 * same way.
 */
export function stackSlotsByEvent(
  events: readonly { readonly id: string; readonly place?: { readonly geometry: PlaceGeometry } }[],
): Map<string, number[]> {
  const owners: string[] = [];
  const positions: LonLat[] = [];
  for (const event of events) {
    if (!event.place) continue;
    for (const position of anchorPoints(event.place.geometry)) {
      owners.push(event.id);
      positions.push(position);
    }
  }
  const slots = assignSlots(positions);
  const byEvent = new Map<string, number[]>();
  owners.forEach((id, index) => {
    const slot = slots[index] ?? 0;
    const own = byEvent.get(id);
    if (own) own.push(slot);
    else byEvent.set(id, [slot]);
  });
  return byEvent;
}

/** A slot's offset in px (stackSlot's inverse, then stackOffset). */
export function slotOffset(slot: number): [number, number] {
  return stackOffset(Math.floor(slot / 100), slot % 100);
}
