import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as offscreen from '../../src/geo/offscreen';
import { OffscreenMarkers } from '../../src/map/OffscreenMarkers';
import { renderWithStore } from '../fixtures/render-with-store';
import { mapStore } from './map-story';

vi.mock('../../src/geo/offscreen', async (importOriginal) => {
  const actual = await importOriginal<typeof offscreen>();
  return { ...actual, offscreenGroups: vi.fn(actual.offscreenGroups) };
});

/** Tajikistan and Afghanistan, so Moscow is off screen. */
const VIEW: [number, number, number, number] = [59.5, 29, 76, 42];
const DAY = 86_400_000;

describe('OffscreenMarkers', () => {
  it('groups the events once per view, not on every step of the time window', () => {
    const store = mapStore();
    renderWithStore(
      <OffscreenMarkers
        view={VIEW}
        gazetteer={[]}
        size="wide"
        besideTools={false}
        onShow={() => {}}
      />,
      store,
    );
    const grouped = vi.mocked(offscreen.offscreenGroups).mock.calls.length;
    expect(grouped).toBeGreaterThan(0);
    const { span } = store.getState().story ?? { span: { from: 0, to: 0 } };
    for (let step = 1; step <= 5; step += 1) {
      act(() => store.getState().setWindow({ from: span.from, to: span.to - step * DAY }));
    }
    act(() =>
      store.getState().setWindow({ from: Date.UTC(2021, 9, 18), to: Date.UTC(2021, 9, 22) }),
    );
    expect(vi.mocked(offscreen.offscreenGroups).mock.calls.length).toBe(grouped);
    // The count still follows the window.
    expect(screen.getByRole('button', { name: /^Moscow: 1 event,/ })).toBeInTheDocument();
  });
});
