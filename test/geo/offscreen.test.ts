import { describe, expect, it } from 'vitest';
import type { NamedPlace } from '../../src/geo/gazetteer';
import type { BBox } from '../../src/geo/geometry';
import { offscreenGroups, type AnchoredEvent } from '../../src/geo/offscreen';

/** Tajikistan and Afghanistan, as the map opens. */
const CENTRAL_ASIA: BBox = [59.5, 29, 76, 42];

const at = (id: string, name: string, lon: number, lat: number): AnchoredEvent => ({
  id,
  name,
  position: [lon, lat],
});

const DUSHANBE = at('exercise', 'Dushanbe', 68.78, 38.56);
const MOSCOW = [
  at('talks', 'Moscow', 37.62, 55.76),
  at('statement', 'Moscow', 37.6, 55.75),
  at('delegation', 'President-Hotel, Moscow', 37.61, 55.73),
];

describe('offscreenGroups', () => {
  it('finds nothing when every event is in view', () => {
    expect(offscreenGroups([DUSHANBE], CENTRAL_ASIA)).toEqual([]);
  });

  it('gathers the Moscow events into one group named by the commonest place name', () => {
    const [group, ...rest] = offscreenGroups([DUSHANBE, ...MOSCOW], CENTRAL_ASIA);
    expect(rest).toEqual([]);
    expect(group?.name).toBe('Moscow');
    expect(group?.ids).toEqual(['talks', 'statement', 'delegation']);
  });

  it('points north-west from Central Asia to Moscow', () => {
    const [group] = offscreenGroups(MOSCOW, CENTRAL_ASIA);
    expect(group?.direction).toBe('northwest');
    expect(group?.arrow).toBe('↖');
  });

  it('places the button where the line towards the group leaves the view', () => {
    const [group] = offscreenGroups(MOSCOW, CENTRAL_ASIA);
    const { x = -1, y = -1 } = group?.edge ?? {};
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThan(0.5);
    expect(y).toBeLessThan(0.5);
    expect(Math.min(x, y)).toBeCloseTo(0, 9); // on the top or the left edge
  });

  it('puts a group due east on the right edge, halfway down', () => {
    const [group] = offscreenGroups([at('far', 'Far east', 100, 35.5)], [60, 29, 76, 42]);
    expect(group?.direction).toBe('east');
    expect(group?.edge.x).toBeCloseTo(1, 9);
    expect(group?.edge.y).toBeGreaterThan(0.4);
    expect(group?.edge.y).toBeLessThan(0.6);
  });

  it('leaves out an event with one marker in view and one outside', () => {
    const split = [
      at('split', 'Dushanbe and Moscow', 68.78, 38.56),
      at('split', 'Dushanbe and Moscow', 37.62, 55.76),
    ];
    expect(offscreenGroups(split, CENTRAL_ASIA)).toEqual([]);
  });

  it('counts an event once in a group even when two of its markers fall there', () => {
    const twice = [at('twice', 'Moscow', 37.62, 55.76), at('twice', 'Moscow', 37.5, 55.8)];
    expect(offscreenGroups(twice, CENTRAL_ASIA)[0]?.ids).toEqual(['twice']);
  });

  it('names a group by the town most of its markers are near', () => {
    const gazetteer: NamedPlace[] = [
      { name: 'Moscow', position: [37.616, 55.752] },
      { name: 'Dushanbe', position: [68.779, 38.536] },
    ];
    const long = [
      at('assurance', 'Moscow (assurance given) and Dushanbe (recipient)', 37.62, 55.76),
    ];
    expect(offscreenGroups(long, CENTRAL_ASIA, { gazetteer })[0]?.name).toBe('Moscow');
  });

  it('falls back to the events’ own place names far from any town', () => {
    const gazetteer: NamedPlace[] = [{ name: 'Dushanbe', position: [68.779, 38.536] }];
    expect(offscreenGroups(MOSCOW, CENTRAL_ASIA, { gazetteer })[0]?.name).toBe('Moscow');
  });

  it('keeps far-apart places in separate groups, largest first', () => {
    const groups = offscreenGroups([at('kabul', 'Washington', -77, 38.9), ...MOSCOW], CENTRAL_ASIA);
    expect(groups.map((group) => group.name)).toEqual(['Moscow', 'Washington']);
  });
});
