import { describe, expect, it } from 'vitest';
import { kindProperties } from '../../src/app/kind-properties';
import { EVENT_KINDS } from '../../src/story/event-kinds';

describe('kindProperties', () => {
  it('writes one --kind-<kind> property per kind, in its EVENT_KINDS colour', () => {
    const properties = kindProperties();
    expect(Object.keys(properties)).toHaveLength(Object.keys(EVENT_KINDS).length);
    expect(properties['--kind-exercise']).toBe(EVENT_KINDS.exercise.color);
    expect(properties['--kind-military-presence']).toBe(EVENT_KINDS['military-presence'].color);
  });
});
