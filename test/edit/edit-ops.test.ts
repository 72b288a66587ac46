import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/edit/edit-ops';
import { validateFile } from '../../src/edit/validate-story';
import { edited, eventOf, miniFile } from './edit-fixture';

describe('story-wide edits', () => {
  it('sets the title and summary without touching the input', () => {
    const file = miniFile();
    const next = edited(
      file,
      { type: 'set-story-title', title: 'New title' },
      { type: 'set-story-summary', summary: 'New summary' },
    );
    expect([next.title, next.summary]).toEqual(['New title', 'New summary']);
    expect(file.title).toBe('Drills on the Tajik–Afghan border');
  });

  it('declares kinds, and no kinds leaves no key', () => {
    const kinds = [{ id: 'drill', label: 'Drill' }];
    const next = edited(miniFile(), { type: 'set-kinds', kinds });
    expect(next.kinds).toEqual(kinds);
    expect('kinds' in edited(next, { type: 'set-kinds', kinds: [] })).toBe(false);
  });

  it('sets focus countries once each and removes an emptied map', () => {
    const next = edited(miniFile(), {
      type: 'set-focus-countries',
      countries: ['TJ', 'AF', 'TJ'],
    });
    expect(next.map?.focusCountries).toEqual(['TJ', 'AF']);
    expect(edited(next, { type: 'set-focus-countries', countries: [] }).map).toBeUndefined();
  });

  it('sets borders beside the focus countries', () => {
    const borders = [{ countries: ['TJ', 'AF'] as [string, string], label: 'Panj' }];
    const next = edited(
      miniFile(),
      { type: 'set-focus-countries', countries: ['TJ'] },
      { type: 'set-borders', borders },
    );
    expect(next.map).toEqual({ focusCountries: ['TJ'], borders });
  });
});

describe('event field edits', () => {
  it('sets an event title and kind', () => {
    const next = edited(
      miniFile(),
      { type: 'set-event-title', eventId: 'border-talks', title: 'Talks' },
      { type: 'set-event-kind', eventId: 'border-talks', kind: 'statement' },
    );
    expect(eventOf(next, 'border-talks')).toMatchObject({ title: 'Talks', kind: 'statement' });
  });

  it('sets a time range with a time of day, leaving out an empty end and note', () => {
    const next = edited(miniFile(), {
      type: 'set-event-time',
      eventId: 'border-talks',
      time: { start: '2021-10-19T14:30+05:00', end: '', precision: 'minute', note: '' },
    });
    expect(eventOf(next, 'border-talks').time).toEqual({
      start: '2021-10-19T14:30+05:00',
      precision: 'minute',
    });
  });

  it('places an event on a line, and takes it off the map', () => {
    const place = {
      name: 'Panj river',
      country: 'TJ',
      geometry: {
        type: 'LineString' as const,
        coordinates: [
          [68, 37],
          [69, 37.2],
        ] satisfies [number, number][],
      },
      uncertaintyKm: 5,
    };
    const placed = edited(miniFile(), { type: 'set-place', eventId: 'border-talks', place });
    expect(eventOf(placed, 'border-talks').place).toEqual(place);
    const unplaced = edited(placed, {
      type: 'set-place',
      eventId: 'border-talks',
      place: undefined,
    });
    expect('place' in eventOf(unplaced, 'border-talks')).toBe(false);
  });

  it('changes only the uncertainty radius', () => {
    const next = edited(miniFile(), { type: 'set-uncertainty', eventId: 'border-talks', km: 42 });
    expect(eventOf(next, 'border-talks').place).toMatchObject({
      name: 'Dushanbe',
      uncertaintyKm: 42,
    });
  });

  it('refuses an op on an event that does not exist', () => {
    const result = applyEdit(miniFile(), { type: 'set-event-title', eventId: 'nope', title: 'x' });
    expect(result).toEqual({ ok: false, reason: 'there is no event "nope"' });
  });
});

describe('excerpts', () => {
  it('adds a verbatim piece of the source', () => {
    const quote = "the pact's press service said";
    const next = edited(miniFile(), {
      type: 'add-excerpt',
      eventId: 'joint-exercise',
      source: 'wire',
      quote,
    });
    expect(eventOf(next, 'joint-exercise').excerpts.at(-1)).toEqual({ source: 'wire', quote });
    expect(validateFile(next).problems).toEqual([]);
  });

  it('refuses a quote that is not in the source', () => {
    const result = applyEdit(miniFile(), {
      type: 'add-excerpt',
      eventId: 'joint-exercise',
      source: 'wire',
      quote: 'the pact press service said',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/not verbatim/);
  });

  it('refuses a source that does not exist and a repeated quote', () => {
    const quote =
      'Russia reinforced its base in Tajikistan in March, adding armoured vehicles and drones';
    const repeat = applyEdit(miniFile(), {
      type: 'add-excerpt',
      eventId: 'base-reinforced',
      source: 'wire',
      quote,
    });
    const noSource = applyEdit(miniFile(), {
      type: 'add-excerpt',
      eventId: 'base-reinforced',
      source: 'tass',
      quote,
    });
    expect([repeat.ok, noSource.ok]).toEqual([false, false]);
  });

  it('removes an excerpt but never the last one', () => {
    const next = edited(miniFile(), {
      type: 'remove-excerpt',
      eventId: 'joint-exercise',
      index: 0,
    });
    expect(eventOf(next, 'joint-exercise').excerpts).toHaveLength(1);
    const last = applyEdit(next, { type: 'remove-excerpt', eventId: 'joint-exercise', index: 0 });
    expect(last).toEqual({ ok: false, reason: 'an event needs at least one excerpt' });
  });
});

describe('context facts', () => {
  const source = { title: 'Atlas', publisher: 'Example Press', url: 'https://atlas.example/' };

  it('adds, changes and removes a fact', () => {
    const added = edited(miniFile(), {
      type: 'add-context',
      eventId: 'border-talks',
      text: 'A fact.',
      source,
    });
    expect(eventOf(added, 'border-talks').context).toEqual([{ text: 'A fact.', source }]);
    const changed = edited(added, {
      type: 'set-context',
      eventId: 'border-talks',
      index: 0,
      text: 'Another.',
      source,
    });
    expect(eventOf(changed, 'border-talks').context[0]?.text).toBe('Another.');
    const removed = edited(changed, { type: 'remove-context', eventId: 'border-talks', index: 0 });
    expect(eventOf(removed, 'border-talks').context).toEqual([]);
  });
});

describe('presentation steps', () => {
  it('starts from one step per event when the file writes none, and adds notes', () => {
    const next = edited(miniFile(), { type: 'set-step-notes', index: 1, notes: 'Pause here.' });
    expect(next.steps?.map((step) => step.event)).toEqual([
      'base-reinforced',
      'border-talks',
      'joint-exercise',
      'ministry-statement',
    ]);
    expect(next.steps?.[1]).toEqual({ event: 'border-talks', notes: 'Pause here.' });
  });

  it('moves, removes and adds steps', () => {
    const next = edited(
      miniFile(),
      { type: 'move-step', index: 3, to: 0 },
      { type: 'remove-step', index: 1 },
      { type: 'add-step', step: { event: 'base-reinforced' } },
    );
    expect(next.steps?.map((step) => step.event)).toEqual([
      'ministry-statement',
      'border-talks',
      'joint-exercise',
      'base-reinforced',
    ]);
  });

  it('refuses a step for an event that does not exist', () => {
    expect(applyEdit(miniFile(), { type: 'add-step', step: { event: 'nope' } }).ok).toBe(false);
  });
});
