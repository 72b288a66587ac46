/**
 * The editor's part of the one store. While `editing`, the story FILE under edit lives in an
 * undo history (src/edit/history.ts); every change is an `EditOp` (src/edit/edit-ops.ts) given to
 * `applyEdit`, which also re-reads the file with the story parser: `story` then shows the edit on
 * the map, timeline and lists, and `editProblems` says what is wrong, by the file's paths.
 * The ops and the validation come with the editor's code (`startEditing(file, EDIT_ENGINE)`, see
 * src/editor/edit-engine.ts), so a reader's first load does not carry them.
 * While the file does not load at all (an empty story title), the last story that did stays on
 * screen. The map tools dispatch the same ops:
 *   store.getState().applyEdit({ type: 'set-place', eventId, place })
 */
import type { EditOp, EditResult, applyEdit } from '../edit/edit-ops';
import type { validateFile } from '../edit/validate-story';
import { canRedo, canUndo, record, redo, startHistory, undo, type History } from '../edit/history';
import type { Problem } from '../story/problem';
import type { StoryFile } from '../story/story-schema';
import { clampWindow } from '../time/time-window';
import type { DatelineState, SliceCreator } from './store';

/** What the slice needs from src/edit: how to apply an op and how to check a file. */
export interface EditEngine {
  readonly apply: typeof applyEdit;
  readonly validate: typeof validateFile;
}

export interface EditSlice {
  readonly editing: boolean;
  /** The file under edit and its undo history; undefined when not editing. */
  readonly editHistory: History<StoryFile> | undefined;
  /** What the story parser says about the edited file, keyed by path. */
  readonly editProblems: readonly Problem[];
  /** False while the edited file does not load at all (then it is not autosaved). */
  readonly editLoads: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Counts changes, so autosave can tell a new state from one it saved. */
  readonly editRevision: number;
  /** Starts a session on `file`, with EDIT_ENGINE from src/editor/edit-engine.ts. */
  readonly startEditing: (file: StoryFile, engine: EditEngine) => void;
  readonly stopEditing: () => void;
  /**
   * Applies an edit; returns why not when it cannot apply (the story is then unchanged).
   * Changes with the same `group` in a row are one undo step; text fields group by default.
   */
  readonly applyEdit: (op: EditOp, group?: string) => EditResult;
  readonly undo: () => void;
  readonly redo: () => void;
}

export const createEditSlice: SliceCreator<EditSlice> = (set, get) => {
  let engine: EditEngine | undefined;
  /** Shows a history's present: the parsed story on screen, the problems at the fields. */
  function show(history: History<StoryFile>): void {
    if (!engine) return;
    const { story, problems } = engine.validate(history.present);
    const state = get();
    set({
      editHistory: history,
      editProblems: problems,
      editLoads: story !== undefined,
      canUndo: canUndo(history),
      canRedo: canRedo(history),
      editRevision: state.editRevision + 1,
      ...(story ? onScreen(state, story) : {}),
    });
  }
  return {
    editing: false,
    editHistory: undefined,
    editProblems: [],
    editLoads: true,
    canUndo: false,
    canRedo: false,
    editRevision: 0,
    startEditing: (file, given) => {
      engine = given;
      set({ editing: true, editRevision: 0 });
      show(startHistory(file));
    },
    stopEditing: () =>
      set({
        editing: false,
        editHistory: undefined,
        editProblems: [],
        canUndo: false,
        canRedo: false,
      }),
    applyEdit: (op, group = defaultGroup(op)) => {
      const history = get().editHistory;
      if (!history || !engine) return { ok: false, reason: 'the story is not being edited' };
      const result = engine.apply(history.present, op);
      if (result.ok) show(record(history, result.file, group));
      return result;
    },
    undo: () => {
      const history = get().editHistory;
      if (history && canUndo(history)) show(undo(history));
    },
    redo: () => {
      const history = get().editHistory;
      if (history && canRedo(history)) show(redo(history));
    },
  };
};

/** Typing in one text field is one undo step. */
function defaultGroup(op: EditOp): string | undefined {
  switch (op.type) {
    case 'set-story-title':
    case 'set-story-summary':
      return op.type;
    case 'set-event-title':
    case 'set-event-time':
    case 'set-uncertainty':
      return `${op.type}:${op.eventId}`;
    case 'set-step-notes':
      return `${op.type}:${op.index}`;
    default:
      return undefined;
  }
}

/** The edited story on screen: the time window follows the story's span when it showed it all. */
function onScreen(
  state: DatelineState,
  story: NonNullable<DatelineState['story']>,
): Pick<DatelineState, 'story' | 'status' | 'axis' | 'window'> {
  const old = state.story?.span;
  const wholeSpan = !old || (state.window.from <= old.from && state.window.to >= old.to);
  return {
    story,
    status: 'ready',
    axis: story.span,
    window: wholeSpan ? story.span : clampWindow(state.window, story.span),
  };
}
