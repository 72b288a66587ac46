import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, KIND_ORDER } from '../../src/story/event-kinds';
import { KIND_SYMBOLS, kindTable, labelFromId } from '../../src/story/kind-looks';
import type { KindDeclaration } from '../../src/story/story-schema';

function table(kinds: KindDeclaration[], used: string[] = []) {
  return kindTable({ kinds, events: used.map((kind) => ({ kind })) });
}

describe('kindTable', () => {
  it('has the six built-in kinds when a story declares none', () => {
    const { kinds } = table([]);
    expect(kinds.map((kind) => kind.id)).toEqual(KIND_ORDER);
    expect(kinds[0]).toEqual({
      id: 'exercise',
      label: EVENT_KINDS.exercise.label,
      color: EVENT_KINDS.exercise.color,
      colorOnDark: EVENT_KINDS.exercise.colorOnDark,
      symbol: EVENT_KINDS.exercise.symbol,
    });
  });

  it('keeps declared kinds in the story order, with the colour and symbol given', () => {
    const { kinds } = table([
      { id: 'quake', label: 'Earthquake', color: '#b2182b', symbol: 'star' },
      { id: 'rescue', label: 'Rescue', color: '#2166ac', symbol: 'cross' },
    ]);
    expect(kinds.map((kind) => [kind.id, kind.label, kind.color, kind.symbol])).toEqual([
      ['quake', 'Earthquake', '#b2182b', 'star'],
      ['rescue', 'Rescue', '#2166ac', 'cross'],
    ]);
  });

  it('gives declared kinds without a look colours and symbols no other kind uses', () => {
    const { kinds } = table([
      { id: 'quake', label: 'Earthquake', symbol: 'circle' },
      { id: 'rescue', label: 'Rescue' },
      { id: 'aid', label: 'Aid' },
    ]);
    expect(new Set(kinds.map((kind) => kind.color)).size).toBe(3);
    expect(new Set(kinds.map((kind) => kind.symbol)).size).toBe(3);
    expect(kinds.map((kind) => kind.symbol)).toContain('circle');
  });

  it('adds kinds used but not declared after the declared ones, sorted, labelled from the id', () => {
    const { kinds } = table(
      [{ id: 'quake', label: 'Earthquake' }],
      ['tsunami-warning', 'quake', 'aftershock'],
    );
    expect(kinds.map((kind) => [kind.id, kind.label])).toEqual([
      ['quake', 'Earthquake'],
      ['aftershock', 'Aftershock'],
      ['tsunami-warning', 'Tsunami warning'],
    ]);
  });

  it('gives an undeclared kind the same look whatever the order of events', () => {
    const one = table([], ['b-kind', 'a-kind']).look('b-kind');
    const two = table([], ['a-kind', 'b-kind']).look('b-kind');
    expect(one).toEqual(two);
  });

  it('keeps the built-in look for a built-in kind a declaring story does not declare', () => {
    const look = table([{ id: 'quake', label: 'Earthquake' }], ['conflict']).look('conflict');
    expect([look.label, look.symbol]).toEqual(['Conflict', 'star']);
  });

  it('gives undeclared kinds beside the built-in six symbols none of the six use', () => {
    const builtIn = new Set(KIND_ORDER.map((kind) => EVENT_KINDS[kind].symbol));
    const looks = table([], ['fire', 'flood', 'storm']).kinds.slice(6);
    expect(looks.map((look) => look.id)).toEqual(['fire', 'flood', 'storm']);
    for (const look of looks) expect(builtIn.has(look.symbol)).toBe(false);
  });

  it('keeps every look apart for as many kinds as colours times symbols allow', () => {
    const ids = Array.from({ length: 18 }, (_, index) => `kind-${String(index).padStart(2, '0')}`);
    const looks = table(
      ids.map((id) => ({ id, label: id })),
      ids,
    ).kinds;
    expect(new Set(looks.map((look) => `${look.color} ${look.symbol}`)).size).toBe(18);
  });

  it('draws an unknown id with a neutral look instead of failing', () => {
    expect(table([]).look('nowhere').label).toBe('Nowhere');
  });

  it('offers every symbol of the format', () => {
    expect(KIND_SYMBOLS).toHaveLength(9);
  });
});

describe('labelFromId', () => {
  it('turns hyphens into spaces and capitalises the first letter', () => {
    expect(labelFromId('military-presence')).toBe('Military presence');
  });
});
