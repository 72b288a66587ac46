/** Links between the app's modes: into the presentation, to the presenter view, and back out. */
import { linkState } from '../state/link-state';
import type { DatelineState } from '../state/store';
import { appPage, modePage } from '../state/mode-page';
import { serializeUrlState } from '../state/url-state';

/** "?" rather than "": an empty href would not leave the page's query behind. */
const orBare = (search: string) => (search === '' ? '?' : search);

/**
 * The link into a presentation of the same story: what the story is and how it looks, and the
 * step when one is under way; not the event, window or camera, which each step sets.
 */
export function presentationLink(
  state: Pick<DatelineState, 'settings' | 'stepIndex'>,
  mode: 'present' | 'presenter',
): string {
  const { settings, stepIndex } = state;
  // The presenter's window stays on this page: only the audience's has a prerendered page.
  const page = mode === 'present' ? modePage('present') : '';
  return `${page}${orBare(
    serializeUrlState({
      story: settings.initial.story,
      mode,
      theme: settings.theme === 'light' ? undefined : settings.theme,
      lang: settings.initial.lang,
      step: stepIndex === undefined ? undefined : stepIndex + 1,
    }),
  )}`;
}

/** The link back to the full app, showing the current step's event and time window. */
export function appLink(state: DatelineState): string {
  const search = serializeUrlState({ ...linkState(state), mode: undefined, step: undefined });
  return `${appPage()}${orBare(search)}`;
}
