import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StandardLayout } from '../../src/app/StandardLayout';
import { storeWithStory } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';

// The map throws while rendering, as it did for a polygon ring that was not closed.
vi.mock('../../src/map/MapView', () => ({
  MapView: () => {
    throw new Error('Each LinearRing of a Polygon must have 4 or more Positions.');
  },
}));
vi.mock('../../src/timeline/Timeline', () => ({ Timeline: () => <div>timeline</div> }));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a part that fails to render', () => {
  it('shows what failed in its place and leaves the rest of the story on screen', async () => {
    // React and the boundary both log the caught error; it is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithStore(<StandardLayout />, storeWithStory());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The map could not be shown. The rest of the story still reads.',
    );
    expect(screen.getByText('timeline')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Drills on the Tajik–Afghan border' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: /events/i })).toBeInTheDocument();
  });
});
