/** What of the store a permalink carries: the inverse of the opening URL. */
import type { DatelineState } from './store';
import type { UrlState } from './url-state';

/** The URL state for the current view; defaults (whole story, app mode) are left out. */
export function linkState(state: DatelineState): UrlState {
  const { settings, story, window, selectedId, camera, stepIndex } = state;
  const whole =
    story !== undefined && window.from === story.span.from && window.to === story.span.to;
  const link: UrlState = {
    story: settings.initial.story,
    // The editor stays open on reload.
    edit: settings.initial.edit === true || state.editing ? true : undefined,
    event: selectedId,
    from: story && !whole ? window.from : undefined,
    to: story && !whole ? window.to : undefined,
    view: camera,
    mode: settings.mode === 'app' ? undefined : settings.mode,
    // Only a theme the link asked for: one taken from this reader's system stays theirs.
    theme: settings.initial.theme === 'dark' ? 'dark' : undefined,
    lang: settings.initial.lang,
    controls: settings.controls ? undefined : false,
    step: stepIndex === undefined ? undefined : stepIndex + 1,
    origin: settings.initial.origin,
  };
  return Object.fromEntries(Object.entries(link).filter(([, value]) => value !== undefined));
}

/**
 * True when nothing linkState reads has changed (a hover): then neither has the link. Compared by
 * reference, without building anything, as it runs on every store change.
 */
export function sameLinkInputs(a: DatelineState, b: DatelineState): boolean {
  return (
    a.settings === b.settings &&
    a.story === b.story &&
    a.window === b.window &&
    a.selectedId === b.selectedId &&
    a.camera === b.camera &&
    a.stepIndex === b.stepIndex &&
    a.editing === b.editing
  );
}
