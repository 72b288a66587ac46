import 'fake-indexeddb/auto';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Shell } from '../../src/app/Shell';
import { createStoryLibrary } from '../../src/library/story-library';

// The map needs WebGL and the timeline has its own tests: the shell is tested around them.
vi.mock('../../src/map/MapView', () => ({ MapView: () => <div>map</div> }));
vi.mock('../../src/timeline/Timeline', () => ({ Timeline: () => <div>timeline</div> }));

let counter = 0;
const freshLibrary = () => createStoryLibrary({ name: `picker-${(counter += 1)}` });

/** Two properties hold dates and neither name says which is the time. */
function fires(): File {
  const feature = (first_seen: string, last_seen: string, label: string) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [24.1, 61.5] },
    properties: { first_seen, last_seen, label },
  });
  const text = JSON.stringify({
    type: 'FeatureCollection',
    features: [
      feature('2021-03-01', '2021-03-04', 'Fire A'),
      feature('2021-03-02', '2021-03-09', 'Fire B'),
    ],
  });
  return new File([text], 'fires.geojson', { type: 'application/geo+json' });
}

async function pickFires() {
  render(<Shell library={freshLibrary()} baseUrl="/" />);
  await screen.findByRole('heading', { level: 1, name: 'Your stories' });
  // As in a browser: the button opens the system's picker and keeps focus while a file is chosen.
  await userEvent.click(screen.getByRole('button', { name: 'Open a story file…' }));
  const input = document.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [fires()] } });
  return screen.findByRole('dialog', { name: 'Which properties to use?' });
}

beforeEach(() => window.history.replaceState(null, '', '/?library'));

describe('the field picker', () => {
  it('asks for the time and opens the story with the chosen property', async () => {
    const dialog = await pickFires();
    const time = within(dialog).getByRole('combobox', { name: 'The time' });
    expect(time).toHaveFocus();
    await userEvent.selectOptions(time, 'last_seen');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(await screen.findByRole('heading', { level: 1, name: /fires/i })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(window.location.search).toMatch(/^\?story=local:[a-z0-9]{12}$/);
  });

  it('keeps asking, at the field, until a property is chosen', async () => {
    const dialog = await pickFires();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Open' }));
    const time = within(dialog).getByRole('combobox', { name: 'The time' });
    expect(time).toHaveAccessibleDescription('Choose the property that holds the time.');
    expect(time).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: 'Your stories' })).toBeInTheDocument();
  });

  it('opens nothing on Cancel and gives focus back to the Open button', async () => {
    const dialog = await pickFires();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Your stories' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open a story file…' })).toHaveFocus();
    expect(window.location.search).toBe('?library');
  });
});
