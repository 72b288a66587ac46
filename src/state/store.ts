/**
 * The one store: built by a factory from slices, so every test, embed and presentation gets a
 * fresh store with its own initial state. The map instance never goes in here.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createCameraSlice, type CameraSlice } from './camera-slice';
import { createEditSlice, type EditSlice } from './edit-slice';
import { createReaderSlice, type ReaderSlice } from './reader-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createStepSlice, type StepSlice } from './step-slice';
import { createStorySlice, type StorySlice } from './story-slice';
import { createTimeSlice, type TimeSlice } from './time-slice';
import type { Mode, Theme, UrlState } from './url-state';

/** Settings fixed for a store's life: how the app was opened. */
export interface Settings {
  readonly mode: Mode;
  readonly theme: Theme;
  readonly controls: boolean;
  /** What the opening link asked for; applied once the story has loaded. */
  readonly initial: UrlState;
}

export type DatelineState = StorySlice &
  SelectionSlice &
  TimeSlice &
  CameraSlice &
  ReaderSlice &
  StepSlice &
  EditSlice & { readonly settings: Settings };

export type DatelineStore = StoreApi<DatelineState>;

/** A slice creator: gets the whole store's set/get, returns its own part. */
export type SliceCreator<T> = (
  set: StoreApi<DatelineState>['setState'],
  get: StoreApi<DatelineState>['getState'],
) => T;

/**
 * Builds a fresh store; `initial` is what the opening URL (or an embed host) asked for, and
 * `preferredTheme` the reader's system setting, used when the link names no theme.
 */
export function createDatelineStore(
  initial: UrlState = {},
  preferredTheme: Theme = 'light',
): DatelineStore {
  return createStore<DatelineState>()((set, get) => ({
    settings: {
      mode: initial.mode ?? 'app',
      theme: initial.theme ?? preferredTheme,
      controls: initial.controls ?? true,
      initial,
    },
    ...createStorySlice(set, get),
    ...createSelectionSlice(set, get),
    ...createTimeSlice(set, get),
    ...createCameraSlice(initial.view)(set, get),
    ...createReaderSlice(set, get),
    ...createStepSlice(set, get),
    ...createEditSlice(set, get),
  }));
}
