/**
 * The app's shell: shows the start screen or a story, moves between them with the browser's
 * history (so Back works and every screen is a link), opens files picked or dropped, keeps them
 * in the library, and says what happened. Each story gets a fresh store of its own.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { newLibraryId } from '../library/library-id';
import type {
  FieldAnswers,
  FieldQuestion,
  OpenedFile,
  PickedFile,
} from '../library/read-story-file';
import type { StoryLibrary } from '../library/story-library';
import { localStoryRef, readLocalStoryRef } from '../library/story-ref';
import { StoreProvider } from '../state/store-context';
import { App } from './App';
import { downloadText, downloadUrl, storyFileName } from './download-file';
import { copyForEditing } from './edit-copy';
import { ShellContext, type Shell as ShellValue, type ShellNotice } from './shell-context';
import {
  editSearch,
  keepEditedText,
  librarySearch,
  screenFor,
  screenTheme,
  searchLang,
  storySearch,
  type Screen,
  type UnkeptStory,
} from './shell-screens';
import { describeLibraryError, describeNotes, describeProblems } from './problem-words';
import { useFileDrop } from './use-file-drop';
import './theme.css';
import './shell.css';
import { useLocale, useMessages } from '../ui/messages-context';

// Most readers arrive on a story; the start screen's code comes only when it is asked for.
const StartScreen = lazy(() => import('../start/StartScreen'));
// Asked only when an import cannot guess a field: its code loads then.
const FieldPickerDialog = lazy(async () => ({
  default: (await import('./FieldPickerDialog')).FieldPickerDialog,
}));

export interface ShellProps {
  readonly library: StoryLibrary;
  readonly baseUrl: string;
}

let noticeCount = 0;
function notice(tone: ShellNotice['tone'], headline: string, lines: readonly string[]) {
  noticeCount += 1;
  return { id: noticeCount, tone, headline, lines };
}

/** Names of import formats as people know them. */
const FORMAT_NAMES: Readonly<Record<string, string>> = {
  'timelinejs-json': 'TimelineJS',
  storymapjs: 'StoryMapJS',
  geojson: 'GeoJSON',
  csv: 'CSV',
};

/** The shell for the page's address; `library` keeps the stories. */
export function Shell({ library, baseUrl }: ShellProps) {
  // Stories the browser would not keep, by id: Back and Forward can still show them.
  const [unkept] = useState(() => new Map<string, UnkeptStory>());
  const messages = useMessages();
  const m = messages.app;
  const locale = useLocale();
  // The page's language was chosen once, at load; links between screens keep asking for it.
  const [lang] = useState(() => searchLang(window.location.search));
  const deps = useMemo(
    () => ({ library, baseUrl, pageUrl: window.location.href, unkept }),
    [library, baseUrl, unkept],
  );
  const [screen, setScreen] = useState<Screen>(() => screenFor(window.location.search, deps));
  const [notices, setNotices] = useState<readonly ShellNotice[]>([]);
  const [busy, setBusy] = useState<string | undefined>();
  // A file waiting for the person to say which fields are the time, the title…
  const [question, setQuestion] = useState<FieldQuestion | undefined>();
  const navigated = useRef(false);
  const theme = screenTheme(screen);
  // The screen on show, so moving on can stop its story's load.
  const shown = useRef(screen);
  useEffect(() => {
    shown.current = screen;
  }, [screen]);
  const leave = useCallback(() => {
    if (shown.current.kind === 'story') shown.current.cancelLoad();
  }, []);

  const go = useCallback(
    (search: string, next: readonly ShellNotice[] = []) => {
      const { pathname, hash } = window.location;
      window.history.pushState(null, '', `${pathname}${search}${hash}`);
      navigated.current = true;
      setNotices(next);
      leave();
      setScreen(screenFor(search, { ...deps, pageUrl: window.location.href }));
    },
    [deps, leave],
  );

  useEffect(() => {
    const back = () => {
      navigated.current = true;
      setNotices([]);
      leave();
      setScreen(screenFor(window.location.search, { ...deps, pageUrl: window.location.href }));
    };
    window.addEventListener('popstate', back);
    return () => window.removeEventListener('popstate', back);
  }, [deps, leave]);

  // After moving to another screen, start there: focus its heading, as a page load would.
  useEffect(() => {
    if (!navigated.current) return;
    const heading = document.querySelector<HTMLElement>('h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }, [screen]);

  /**
   * Keeps an opened file in the library and shows it, with what the import noted. A draft
   * (`draft` given, with its own notes in words) opens in the editor, where its guesses are
   * checked, once the library has it.
   */
  const showOpened = useCallback(
    async (
      file: { name?: string },
      opened: OpenedFile & { ok: true },
      draft?: { readonly headline: string; readonly lines: readonly string[] },
    ) => {
      const { story, problems, text, origin, notes } = opened;
      const kept = await library.keep({
        text,
        title: story.title,
        summary: story.summary,
        eventCount: story.events.length,
        fileName: file.name,
        origin,
      });
      setBusy(undefined);
      const next: ShellNotice[] = [];
      let id: string;
      if (kept.ok) id = kept.value.id;
      else {
        id = newLibraryId();
        unkept.set(id, { text, result: { ok: true, story, problems } });
        const why = await describeLibraryError(messages, kept.error);
        next.push(notice('warning', m.notKept, [...why, m.goneWhenClosed]));
      }
      if (draft && draft.lines.length > 0) next.push(notice('note', draft.headline, draft.lines));
      else if (notes.length > 0) {
        const format =
          origin === 'timelinejs-csv' ? m.timelineJsSheet : (FORMAT_NAMES[origin] ?? origin);
        next.push(notice('note', m.importedFrom(format), await describeNotes(messages, notes)));
      }
      const ref = localStoryRef(id);
      go(draft && kept.ok ? editSearch(ref, theme, lang) : storySearch(ref, theme, lang), next);
    },
    [library, go, unkept, theme, m, lang, messages],
  );

  const openFile = useCallback(
    async (file: PickedFile) => {
      setBusy(m.opening(file.name));
      // Reading and importing files loads with the first file: most readers never open one.
      const { readStoryFile } = await import('../library/read-story-file');
      const opened = await readStoryFile(file);
      if (opened.ok) return showOpened(file, opened);
      const lines = opened.question ? [] : await describeProblems(messages, opened.problems);
      setBusy(undefined);
      if (opened.question) return setQuestion(opened.question);
      setNotices([notice('failed', m.couldNotOpen(file.name), lines)]);
    },
    [showOpened, m, messages],
  );

  const chooseFields = useCallback(
    async (fields: FieldAnswers) => {
      if (!question) return [];
      const { importText } = await import('../library/read-story-file');
      const opened = await importText(question, fields);
      if (!opened.ok) return describeProblems(messages, opened.problems);
      setQuestion(undefined);
      setBusy(m.opening(question.name));
      await showOpened(question, opened);
      return [];
    },
    [question, showOpened, m, messages],
  );

  // Stable, so the drop listeners stay put (and keep their count of entered elements) while
  // a drag re-renders the page.
  const onDrop = useCallback((file: File) => void openFile(file), [openFile]);
  const dragging = useFileDrop(
    onDrop,
    screen.kind === 'library' || screen.store.getState().settings.mode === 'app',
  );

  const shell = useMemo<ShellValue>(
    () => ({
      library,
      libraryHref: librarySearch(theme, lang) || '?',
      storyHref: (ref) => storySearch(ref, theme, lang),
      showLibrary: () => go(librarySearch(theme, lang)),
      openStory: (ref) => go(storySearch(ref, theme, lang)),
      openFile: (file) => void openFile(file),
      openDraft: ({ headline, notes, ...draft }) =>
        void showOpened(
          {},
          { ok: true, ...draft, origin: 'draft', notes: [] },
          { headline, lines: notes },
        ),
      exportStory: () => {
        const shown = screen;
        if (shown.kind !== 'story') return;
        const name = storyFileName(shown.store.getState().story?.title ?? 'story');
        if (shown.file.text !== undefined) downloadText(name, shown.file.text);
        else if (shown.file.url !== undefined) downloadUrl(name, shown.file.url);
      },
      exportBriefing: () => {
        const shown = screen;
        const story = shown.kind === 'story' ? shown.store.getState().story : undefined;
        if (shown.kind !== 'story' || !story) return;
        setBusy(m.makingBriefing);
        const source = { id: story.id, title: story.title, ...shown.file, lang: locale };
        // The briefing's code (tile cutting, geometry) loads only when a briefing is asked for.
        void import('./export-briefing')
          .then(({ makeBriefing }) =>
            makeBriefing(source, new URL(baseUrl, window.location.href).href),
          )
          .then((made) => {
            setBusy(undefined);
            if (made.ok) downloadText(storyFileName(story.title, 'html'), made.html, 'text/html');
            else setNotices([notice('failed', m.briefingFailed, [made.message])]);
          });
      },
      editStory: () => {
        const shown = screen;
        const story = shown.kind === 'story' ? shown.store.getState().story : undefined;
        if (shown.kind !== 'story' || !story) return;
        const local = readLocalStoryRef(shown.ref);
        if (local.local && local.ok && !unkept.has(local.id)) {
          go(editSearch(shown.ref, theme, lang));
          return;
        }
        setBusy(m.makingEditCopy);
        void copyForEditing(library, story, shown.file).then(async (copied) => {
          setBusy(undefined);
          if (copied.ok) go(editSearch(localStoryRef(copied.id), theme, lang));
          else {
            const why =
              'error' in copied
                ? await describeLibraryError(messages, copied.error)
                : [copied.message];
            setNotices([notice('failed', m.editCopyFailed, why)]);
          }
        });
      },
      stopEditing: () => {
        if (screen.kind === 'story') go(storySearch(screen.ref, theme, lang));
      },
      storySaved: (text) => {
        if (screen.kind === 'story') keepEditedText(screen.file, text);
      },
      currentRef: screen.kind === 'story' ? screen.ref : undefined,
      busy,
      notices,
      dismissNotice: (id) => setNotices((all) => all.filter((item) => item.id !== id)),
    }),
    [
      library,
      baseUrl,
      theme,
      go,
      openFile,
      showOpened,
      screen,
      busy,
      notices,
      unkept,
      m,
      messages,
      lang,
      locale,
    ],
  );

  return (
    <ShellContext.Provider value={shell}>
      {screen.kind === 'library' ? (
        <Suspense fallback={<p role="status">{m.loading}</p>}>
          <StartScreen theme={screen.theme} />
        </Suspense>
      ) : (
        <StoreProvider key={screen.serial} store={screen.store}>
          <App />
        </StoreProvider>
      )}
      {question && (
        <Suspense fallback={null}>
          <FieldPickerDialog
            question={question}
            onChoose={chooseFields}
            onClose={() => setQuestion(undefined)}
          />
        </Suspense>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{m.dropToOpen}</p>
        </div>
      )}
    </ShellContext.Provider>
  );
}
