import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/story/parse-story';
import { describeProblem } from '../fixtures/describe-problem';
import { validEvent, validStory } from './story-builders';

const OPEN_RING = [
  [68, 37],
  [69, 37],
  [69, 38],
  [68, 38],
];

function withPlace(geometry: unknown) {
  return validStory({
    events: [
      validEvent({
        place: { name: 'Khatlon', geometry, uncertaintyKm: 0 },
      }),
    ],
  });
}

describe('repairing what the schema lets through', () => {
  it('closes an open polygon ring and says where', () => {
    const result = parseStory(withPlace({ type: 'Polygon', coordinates: [OPEN_RING] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const geometry = result.story.events[0]?.place?.geometry;
    expect(geometry?.type === 'Polygon' && geometry.coordinates[0]).toEqual([
      ...OPEN_RING,
      [68, 37],
    ]);
    expect(result.problems).toEqual([
      {
        path: 'events[0].place.geometry.coordinates[0]',
        code: 'ring-closed',
        repaired: true,
      },
    ]);
  });

  it('closes the open rings of a MultiPolygon, naming each', () => {
    const closed = [...OPEN_RING, [68, 37]];
    const result = parseStory(
      withPlace({ type: 'MultiPolygon', coordinates: [[closed], [closed, OPEN_RING]] }),
    );
    expect(result.problems.map((problem) => problem.path)).toEqual([
      'events[0].place.geometry.coordinates[1][1]',
    ]);
  });

  it('reports a step whose from is after its to, and keeps the step without a window', () => {
    const result = parseStory(
      validStory({ steps: [{ event: 'exercises', from: '2021-11', to: '2021-10-01' }] }),
    );
    expect(result.problems.map(describeProblem)).toEqual(['steps[0].from is after steps[0].to']);
    expect(result.ok && result.story.steps).toEqual([{ event: 'exercises' }]);
  });
});
