import type { SliceCreator } from './store';

/** Who changed the selection: the map does not fly to what the reader just clicked on it. */
export type SelectionOrigin = 'map' | 'list' | 'timeline' | 'link' | 'host' | 'step';

export interface SelectionSlice {
  readonly selectedId: string | undefined;
  readonly selectionOrigin: SelectionOrigin;
  readonly hoveredId: string | undefined;
  readonly select: (id: string | undefined, origin: SelectionOrigin) => void;
  readonly hover: (id: string | undefined) => void;
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set, get) => ({
  selectedId: undefined,
  selectionOrigin: 'link',
  hoveredId: undefined,
  select: (id, origin) => {
    const known = id === undefined || get().story?.events.some((event) => event.id === id);
    if (known) set({ selectedId: id, selectionOrigin: origin });
  },
  hover: (id) => {
    if (get().hoveredId !== id) set({ hoveredId: id });
  },
});
