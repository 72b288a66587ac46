import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { EDIT_ENGINE } from '../../src/editor/edit-engine';
import { eastOf } from '../../src/geo/radius-handle';
import type { LonLat } from '../../src/geo/geometry';
import { RadiusHandle } from '../../src/map/RadiusHandle';
import type { DatelineStore } from '../../src/state/store';
import { miniFile } from '../edit/edit-fixture';
import { storeWithStory } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';

interface DragEvent {
  lngLat: { lng: number; lat: number };
}
interface MockMarkerProps {
  longitude: number;
  latitude: number;
  onDragStart?: (event: DragEvent) => void;
  onDrag?: (event: DragEvent) => void;
  onDragEnd?: (event: DragEvent) => void;
  children?: ReactNode;
}

const mock = vi.hoisted(() => {
  const state: { marker: MockMarkerProps | undefined } = { marker: undefined };
  return state;
});

// MapLibre does not run in jsdom: the marker is its children, and the test drags it by its props.
vi.mock('react-map-gl/maplibre', () => ({
  Marker: (props: MockMarkerProps) => {
    mock.marker = props;
    return <div data-testid="marker">{props.children}</div>;
  },
}));

// border-talks: a point in Dushanbe known to 5 km.
const DUSHANBE: LonLat = [68.78, 38.56];

function editing(selected = 'border-talks'): DatelineStore {
  const store = storeWithStory();
  store.getState().startEditing(miniFile(), EDIT_ENGINE);
  store.getState().select(selected, 'list');
  return store;
}

const radius = (store: DatelineStore) =>
  store.getState().story?.events.find((event) => event.id === 'border-talks')?.place?.uncertaintyKm;

function dragTo(...positions: LonLat[]) {
  const at = (position: LonLat) => ({ lngLat: { lng: position[0], lat: position[1] } });
  act(() => mock.marker?.onDragStart?.(at(DUSHANBE)));
  for (const position of positions) act(() => mock.marker?.onDrag?.(at(position)));
  const last = positions[positions.length - 1] ?? DUSHANBE;
  act(() => mock.marker?.onDragEnd?.(at(last)));
}

describe('RadiusHandle', () => {
  it('is a slider named for the radius, in km, on the circle due east of the point', () => {
    renderWithStore(<RadiusHandle />, editing());
    const slider = screen.getByRole('slider', { name: 'Uncertainty radius' });
    expect(slider).toHaveAttribute('aria-valuenow', '5');
    expect(slider).toHaveAttribute('aria-valuetext', '5 km');
    const [lon, lat] = eastOf(DUSHANBE, 5);
    expect(mock.marker?.longitude).toBeCloseTo(lon, 9);
    expect(mock.marker?.latitude).toBeCloseTo(lat, 9);
  });

  it('steps 1 km per arrow and 10 km with Shift, each press one undo step', async () => {
    const store = editing();
    renderWithStore(<RadiusHandle />, store);
    const slider = screen.getByRole('slider', { name: 'Uncertainty radius' });
    slider.focus();
    await userEvent.keyboard('{ArrowRight}{Shift>}{ArrowUp}{/Shift}');
    expect(radius(store)).toBe(16);
    expect(slider).toHaveAttribute('aria-valuenow', '16');
    act(() => store.getState().undo());
    expect(radius(store)).toBe(6);
    act(() => store.getState().undo());
    expect(radius(store)).toBe(5);
  });

  it('makes one undo step of an arrow key held down, however often it repeats', async () => {
    const store = editing();
    renderWithStore(<RadiusHandle />, store);
    const slider = screen.getByRole('slider', { name: 'Uncertainty radius' });
    slider.focus();
    await userEvent.keyboard('{ArrowRight}');
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    for (let repeat = 0; repeat < 4; repeat += 1)
      fireEvent.keyDown(slider, { key: 'ArrowRight', repeat: true });
    expect(radius(store)).toBe(11);
    act(() => store.getState().undo());
    expect(radius(store)).toBe(6);
    act(() => store.getState().undo());
    expect(radius(store)).toBe(5);
  });

  it('keeps its arrow keys from the map around it, which would pan', async () => {
    const { container } = renderWithStore(<RadiusHandle />, editing());
    const mapKeys = vi.fn();
    container.addEventListener('keydown', mapKeys);
    screen.getByRole('slider', { name: 'Uncertainty radius' }).focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(mapKeys).not.toHaveBeenCalled();
    await userEvent.keyboard('{Tab}');
    expect(mapKeys).toHaveBeenCalled();
  });

  it('stops at 0 km and adds no undo step for a press that changes nothing', async () => {
    const store = editing();
    renderWithStore(<RadiusHandle />, store);
    screen.getByRole('slider', { name: 'Uncertainty radius' }).focus();
    await userEvent.keyboard('{Shift>}{ArrowDown}{/Shift}{ArrowLeft}');
    expect(radius(store)).toBe(0);
    act(() => store.getState().undo());
    expect(radius(store)).toBe(5);
  });

  it('sets the radius live while dragged, and one drag is one undo step', () => {
    const store = editing();
    renderWithStore(<RadiusHandle />, store);
    const at = (position: LonLat) => ({ lngLat: { lng: position[0], lat: position[1] } });
    act(() => mock.marker?.onDragStart?.(at(eastOf(DUSHANBE, 5))));
    act(() => mock.marker?.onDrag?.(at(eastOf(DUSHANBE, 12.2))));
    expect(radius(store)).toBe(12);
    act(() => mock.marker?.onDrag?.(at(eastOf(DUSHANBE, 20))));
    act(() => mock.marker?.onDragEnd?.(at(eastOf(DUSHANBE, 3.04))));
    expect(radius(store)).toBe(3);
    dragTo(eastOf(DUSHANBE, 40));
    expect(radius(store)).toBe(40);
    act(() => store.getState().undo());
    expect(radius(store)).toBe(3);
    act(() => store.getState().undo());
    expect(radius(store)).toBe(5);
  });

  it('shows no handle for an event that has no point', () => {
    renderWithStore(<RadiusHandle />, editing('wire'));
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
  });
});
