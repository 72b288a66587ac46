/**
 * Events outside the current view, gathered into groups with a name, a count and the direction to
 * them, so the map can put a button on its edge ("Moscow: 3 events ↖") that takes the reader there.
 */
import { distance } from '@turf/distance';
import { nearestPlace, type NamedPlace } from './gazetteer';
import { bboxContains, type BBox, type LonLat } from './geometry';
import { mercatorX, mercatorY } from './mercator';

/** One marker of an event: the event's id, its place's name and where the marker is. */
export interface AnchoredEvent {
  readonly id: string;
  readonly name: string;
  readonly position: LonLat;
}

export type CompassPoint =
  'north' | 'northeast' | 'east' | 'southeast' | 'south' | 'southwest' | 'west' | 'northwest';

const COMPASS: readonly { point: CompassPoint; arrow: string }[] = [
  { point: 'north', arrow: '↑' },
  { point: 'northeast', arrow: '↗' },
  { point: 'east', arrow: '→' },
  { point: 'southeast', arrow: '↘' },
  { point: 'south', arrow: '↓' },
  { point: 'southwest', arrow: '↙' },
  { point: 'west', arrow: '←' },
  { point: 'northwest', arrow: '↖' },
];

/** A cluster of off-screen events. */
export interface OffscreenGroup {
  /** The town most of its markers are near, else the place name most of its events give. */
  readonly name: string;
  /** Its events' ids, each once, in the order given. */
  readonly ids: readonly string[];
  /** The box around its markers. */
  readonly bounds: BBox;
  readonly direction: CompassPoint;
  readonly arrow: string;
  /** Where the line from the view's centre to the group leaves the view, as fractions (0–1) of its width and height from the top left. */
  readonly edge: { readonly x: number; readonly y: number };
}

/** Markers within this distance of a group's first marker join that group. */
export const GROUP_RADIUS_KM = 300;

/** How to group and name. */
export interface GroupOptions {
  readonly radiusKm?: number;
  /** Towns to name groups by; without them, groups take their events' own place names. */
  readonly gazetteer?: readonly NamedPlace[];
}

function mostCommon(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best = names[0] ?? '';
  for (const [name, count] of counts) if (count > (counts.get(best) ?? 0)) best = name;
  return best;
}

/** A group names itself from at most this many of its members, spread evenly over it. */
const NAME_SAMPLE = 256;

/** At most `limit` members, evenly spread: finding each member's town is a gazetteer scan. */
function sampleOf<T>(members: readonly T[], limit: number): readonly T[] {
  if (members.length <= limit) return members;
  const step = members.length / limit;
  return Array.from({ length: limit }, (_, i) => members[Math.floor(i * step)]).flatMap((member) =>
    member === undefined ? [] : [member],
  );
}

function nameOf(members: readonly AnchoredEvent[], gazetteer: readonly NamedPlace[]): string {
  // A group of 50,000 off-screen events would take seconds to name member by member.
  const sample = sampleOf(members, NAME_SAMPLE);
  const towns = sample.flatMap((member) => nearestPlace(member.position, gazetteer)?.name ?? []);
  return towns.length > 0 ? mostCommon(towns) : mostCommon(sample.map((member) => member.name));
}

function boundsOf(positions: readonly LonLat[]): BBox {
  return positions.reduce<BBox>(
    (box, [lon, lat]) => [
      Math.min(box[0], lon),
      Math.min(box[1], lat),
      Math.max(box[2], lon),
      Math.max(box[3], lat),
    ],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

/** A position moved by whole turns of the world to the copy nearest `lon`. */
function nearestCopy([lon, lat]: LonLat, middle: number): LonLat {
  return [lon + 360 * Math.round((middle - lon) / 360), lat];
}

/** Direction and edge point from the view's centre towards a target, in the map's own (Mercator) space. */
function heading(
  view: BBox,
  [lon, lat]: LonLat,
): Pick<OffscreenGroup, 'direction' | 'arrow' | 'edge'> {
  const left = mercatorX(view[0]);
  const right = mercatorX(view[2]);
  const top = mercatorY(view[3]);
  const bottom = mercatorY(view[1]);
  const halfWidth = (right - left) / 2;
  const halfHeight = (bottom - top) / 2;
  const dx = mercatorX(lon) - (left + halfWidth);
  const dy = mercatorY(lat) - (top + halfHeight);
  const degrees = (Math.atan2(dx, -dy) * 180) / Math.PI;
  const compass = COMPASS[(Math.round(degrees / 45) + 8) % 8] ?? { point: 'north', arrow: '↑' };
  const reach = Math.min(
    dx === 0 ? Infinity : halfWidth / Math.abs(dx),
    dy === 0 ? Infinity : halfHeight / Math.abs(dy),
  );
  const t = Number.isFinite(reach) ? reach : 0;
  return {
    direction: compass.point,
    arrow: compass.arrow,
    edge: { x: 0.5 + (t * dx) / (2 * halfWidth), y: 0.5 + (t * dy) / (2 * halfHeight) },
  };
}

/**
 * Groups the markers of events that have no marker inside the view. Groups come largest first.
 * An event with markers both inside and outside the view is on screen, so it is left out.
 */
export function offscreenGroups(
  given: readonly AnchoredEvent[],
  view: BBox,
  { radiusKm = GROUP_RADIUS_KM, gazetteer = [] }: GroupOptions = {},
): OffscreenGroup[] {
  // Across the antimeridian the view's west or east passes ±180°: each marker is taken on the
  // copy of the world nearest the view, so Fiji's 179° W is just east of a view ending at 185°.
  const middle = (view[0] + view[2]) / 2;
  const anchors = given.map((a) => ({ ...a, position: nearestCopy(a.position, middle) }));
  const onScreen = new Set(anchors.filter((a) => bboxContains(view, a.position)).map((a) => a.id));
  const clusters: AnchoredEvent[][] = [];
  for (const anchor of anchors) {
    if (onScreen.has(anchor.id)) continue;
    const home = clusters.find(
      ([seed]) => seed !== undefined && distance(seed.position, anchor.position) <= radiusKm,
    );
    if (home) home.push(anchor);
    else clusters.push([anchor]);
  }
  return clusters
    .map((members): OffscreenGroup => {
      const bounds = boundsOf(members.map((member) => member.position));
      const centre: LonLat = [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2];
      return {
        name: nameOf(members, gazetteer),
        ids: [...new Set(members.map((member) => member.id))],
        bounds,
        ...heading(view, centre),
      };
    })
    .sort((a, b) => b.ids.length - a.ids.length);
}
