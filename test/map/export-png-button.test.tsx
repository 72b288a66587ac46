import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DownloadPngButton } from '../../src/map/DownloadPngButton';
import { storeWithStory } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';

const live = { id: 'the live map' };

const mocks = vi.hoisted(() => ({
  exportPng: vi.fn(),
  saveFile: vi.fn(),
}));

vi.mock('react-map-gl/maplibre', () => ({
  // MapLibre would put the control's box in its top-right corner; here it goes in the page.
  useControl: (create: () => { element: HTMLElement }) => {
    const [control] = useState(() => {
      const created = create();
      document.body.append(created.element);
      return created;
    });
    return control;
  },
  useMap: () => ({ current: { getMap: () => live } }),
}));

vi.mock('../../src/map/export-png', () => mocks);

const NAME = 'Download PNG of this view';

beforeEach(() => {
  mocks.exportPng.mockReset();
  mocks.saveFile.mockReset();
});
afterEach(() => {
  document.querySelectorAll('.map-download').forEach((box) => box.remove());
});

describe('DownloadPngButton', () => {
  it('is a button named for what it does', () => {
    renderWithStore(<DownloadPngButton />, storeWithStory());
    expect(screen.getByRole('button', { name: NAME })).toBeInTheDocument();
  });

  it('makes the image of the current view and window, and saves it under its name', async () => {
    const store = storeWithStory();
    act(() => store.getState().select('joint-exercise', 'list'));
    const blob = new Blob(['png']);
    mocks.exportPng.mockResolvedValue({ blob, fileName: 'mini-story-2021-10-18.png' });
    renderWithStore(<DownloadPngButton />, store);
    await userEvent.click(screen.getByRole('button', { name: NAME }));
    const { story, window } = store.getState();
    expect(mocks.exportPng).toHaveBeenCalledWith(
      live,
      story,
      window,
      'joint-exercise',
      expect.objectContaining({ locale: 'en' }),
    );
    expect(mocks.saveFile).toHaveBeenCalledWith(blob, 'mini-story-2021-10-18.png');
    expect(screen.getByRole('status')).toHaveTextContent('Downloaded mini-story-2021-10-18.png');
  });

  it('says it is busy and ignores further presses until the image is made', async () => {
    let finish: (value: { blob: Blob; fileName: string }) => void = () => {};
    mocks.exportPng.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    renderWithStore(<DownloadPngButton />, storeWithStory());
    const button = screen.getByRole('button', { name: NAME });
    await userEvent.click(button);
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Making the image…');
    expect(mocks.exportPng).toHaveBeenCalledTimes(1);
    await act(async () => finish({ blob: new Blob([]), fileName: 'x.png' }));
    expect(button).not.toHaveAttribute('aria-disabled');
  });

  it('shows and announces why the image could not be made', async () => {
    mocks.exportPng.mockRejectedValue(new Error('Drawing the map took too long'));
    renderWithStore(<DownloadPngButton />, storeWithStory());
    await userEvent.click(screen.getByRole('button', { name: NAME }));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Could not make the image: Drawing the map took too long');
    expect(status).not.toHaveClass('visually-hidden');
    expect(mocks.saveFile).not.toHaveBeenCalled();
  });
});
