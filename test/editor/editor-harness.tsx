/** Renders the editor as the shell does: a library story (fake IndexedDB), its store, the shell. */
import 'fake-indexeddb/auto';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { StandardLayout } from '../../src/app/StandardLayout';
import { ShellContext } from '../../src/app/shell-context';
import EditorLayout from '../../src/editor/EditorLayout';
import { createStoryLibrary, type StoryLibrary } from '../../src/library/story-library';
import { parseStoryText } from '../../src/story/parse-story';
import { createDatelineStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { fakeShell } from '../fixtures/fake-shell';

vi.mock('../../src/map/MapView', () => ({ MapView: () => <div>map</div> }));
vi.mock('../../src/timeline/Timeline', () => ({
  Timeline: () => <div>timeline</div>,
}));

let count = 0;

/** A fresh library holding one story's text; gives the library and the story's id. */
export async function libraryWith(text: string): Promise<{ library: StoryLibrary; id: string }> {
  count += 1;
  const library = createStoryLibrary({ name: `editor-test-${count}` });
  const kept = await library.keep({
    text,
    title: 'A story',
    summary: '',
    eventCount: 0,
    origin: 'dateline',
  });
  if (!kept.ok) throw new Error(`not kept: ${kept.error.kind}`);
  return { library, id: kept.value.id };
}

/** Renders the editor on the library story, as `?story=local:<id>&edit=1` would. */
export async function renderEditor(library: StoryLibrary, id: string) {
  const read = await library.read(id);
  if (!read.ok || !read.value) throw new Error('not kept');
  return renderEditorOn(library, `local:${id}`, read.value.text);
}

/** Renders the editor for any `?story=` reference and the story text on screen. */
export function renderEditorOn(library: StoryLibrary, ref: string, text: string) {
  const store = createDatelineStore({ story: ref, edit: true });
  store.getState().storyLoaded(parseStoryText(text));
  const shell = fakeShell(library, { libraryHref: '?library', currentRef: ref });
  const view = render(
    <ShellContext.Provider value={shell}>
      <StoreProvider store={store}>
        <EditorLayout Layout={StandardLayout} />
      </StoreProvider>
    </ShellContext.Provider>,
  );
  return { store, shell, view };
}
