import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/story/parse-story';
import { selectVisibleEvents } from '../../src/state/selectors';
import { createDatelineStore } from '../../src/state/store';
import { linkState } from '../../src/state/link-state';
import { parseUrlState, serializeUrlState } from '../../src/state/url-state';
import { validStory } from '../story/story-builders';

function loaded(search = '') {
  const store = createDatelineStore(parseUrlState(search).state);
  store.getState().storyLoaded(parseStory(validStory()));
  return store;
}

describe('the store', () => {
  it('gives each caller a fresh store', () => {
    const a = loaded();
    const b = loaded();
    a.getState().select('talks', 'list');
    expect(b.getState().selectedId).toBeUndefined();
  });

  it('opens on the whole story when the link names no window', () => {
    const state = loaded().getState();
    expect(state.window).toEqual(state.story?.span);
    expect(selectVisibleEvents(state)).toHaveLength(2);
  });

  it('applies the link event and window once the story loads', () => {
    const state = loaded('?event=talks&from=2021-10-18&to=2021-10-20').getState();
    expect(state.selectedId).toBe('talks');
    expect(
      selectVisibleEvents(state)
        .toArray()
        .map((event) => event.id),
    ).toEqual(['exercises']);
  });

  it('reports a link event the story does not have', () => {
    const state = loaded('?event=ghost').getState();
    expect(state.selectedId).toBeUndefined();
    expect(state.linkProblems.map((problem) => problem.path)).toEqual(['?event']);
  });

  it('ignores a selection of an unknown event', () => {
    const store = loaded();
    store.getState().select('ghost', 'host');
    expect(store.getState().selectedId).toBeUndefined();
  });

  it('keeps the window inside the story', () => {
    const store = loaded();
    store.getState().setWindow({ from: 0, to: Date.UTC(2100, 0, 1) });
    expect(store.getState().window).toEqual(store.getState().story?.span);
  });

  it('records a failed load with its problems', () => {
    const store = createDatelineStore();
    store.getState().storyLoaded({ ok: false, problems: [{ path: '', code: 'invalid' }] });
    expect(store.getState().status).toBe('failed');
    expect(store.getState().storyProblems).toEqual([{ path: '', code: 'invalid' }]);
  });

  it('writes a permalink that reopens the same view', () => {
    const search = '?event=talks&from=2021-10-18&to=2021-10-20&view=69.5,37.5,5';
    const link = serializeUrlState(linkState(loaded(search).getState()));
    expect(link).toBe(search);
  });
});

describe('stepping through a story', () => {
  it('selects the step event and shows everything up to its end', () => {
    const store = loaded();
    store.getState().goToStep(0);
    const state = store.getState();
    expect(state.selectedId).toBe('exercises');
    expect(state.selectionOrigin).toBe('step');
    expect(
      selectVisibleEvents(state)
        .toArray()
        .map((event) => event.id),
    ).toEqual(['exercises']);
  });

  it('moves to the next and previous step and stops at the ends', () => {
    const store = loaded();
    store.getState().nextStep();
    store.getState().nextStep();
    store.getState().nextStep();
    expect(store.getState().stepIndex).toBe(1);
    store.getState().prevStep();
    store.getState().prevStep();
    expect(store.getState().stepIndex).toBe(0);
  });

  it('resumes at the step a link names', () => {
    expect(loaded('?step=2').getState().selectedId).toBe('talks');
  });

  it('reports a step past the end', () => {
    expect(
      loaded('?step=9')
        .getState()
        .linkProblems.map((problem) => problem.path),
    ).toEqual(['?step']);
  });
});
