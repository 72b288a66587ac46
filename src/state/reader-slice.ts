import type { SliceCreator } from './store';

/** The article reader: which passage of which source is highlighted. */
export interface ReaderTarget {
  readonly source: string;
  readonly quote: string;
}

export interface ReaderSlice {
  readonly reader: ReaderTarget | undefined;
  readonly openReader: (target: ReaderTarget) => void;
  readonly closeReader: () => void;
}

export const createReaderSlice: SliceCreator<ReaderSlice> = (set) => ({
  reader: undefined,
  openReader: (target) => set({ reader: target }),
  closeReader: () => set({ reader: undefined }),
});
