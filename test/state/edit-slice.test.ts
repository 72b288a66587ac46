import { describe, expect, it } from 'vitest';
import { EDIT_ENGINE } from '../../src/editor/edit-engine';
import { storeWithStory } from '../fixtures/load-fixture';
import { miniFile } from '../edit/edit-fixture';

function editingStore() {
  const store = storeWithStory();
  store.getState().startEditing(miniFile(), EDIT_ENGINE);
  return store;
}

describe('the edit slice', () => {
  it('shows an edit in the story on screen', () => {
    const store = editingStore();
    const result = store.getState().applyEdit({
      type: 'set-event-title',
      eventId: 'border-talks',
      title: 'Talks in Dushanbe',
    });
    expect(result.ok).toBe(true);
    const event = store.getState().story?.events.find((item) => item.id === 'border-talks');
    expect(event?.title).toBe('Talks in Dushanbe');
  });

  it('undoes and redoes an edit', () => {
    const store = editingStore();
    store.getState().applyEdit({ type: 'delete-event', eventId: 'border-talks' });
    expect(store.getState().story?.events).toHaveLength(3);
    expect(store.getState().canUndo).toBe(true);
    store.getState().undo();
    expect(store.getState().story?.events).toHaveLength(4);
    expect(store.getState().canRedo).toBe(true);
    store.getState().redo();
    expect(store.getState().story?.events).toHaveLength(3);
  });

  it('makes typing in one field one undo step', () => {
    const store = editingStore();
    for (const title of ['T', 'Ta', 'Tal']) {
      store.getState().applyEdit({ type: 'set-event-title', eventId: 'border-talks', title });
    }
    store.getState().undo();
    expect(store.getState().editHistory?.present.events[1]?.title).toBe(
      'Officials meet in Dushanbe to discuss the border',
    );
  });

  it('keeps the last loadable story on screen and says why the edit does not load', () => {
    const store = editingStore();
    store.getState().applyEdit({ type: 'set-story-title', title: '' });
    expect(store.getState().story?.title).toBe('Drills on the Tajik–Afghan border');
    expect(store.getState().editProblems.map((problem) => problem.path)).toEqual(['title']);
  });

  it('leaves the story as it was when an edit cannot apply', () => {
    const store = editingStore();
    const before = store.getState().editHistory;
    const result = store.getState().applyEdit({
      type: 'add-excerpt',
      eventId: 'border-talks',
      source: 'wire',
      quote: 'words the article never wrote',
    });
    expect(result.ok).toBe(false);
    expect(store.getState().editHistory).toBe(before);
  });

  it('refuses edits when not editing', () => {
    const store = storeWithStory();
    expect(store.getState().applyEdit({ type: 'accept-all' }).ok).toBe(false);
  });
});
