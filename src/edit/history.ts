/**
 * Undo and redo as a pure value: the states before (past), the one shown (present) and the ones
 * undone (future). Bounded: the oldest states are dropped past `limit`. Consecutive changes with
 * the same `group` (typing in one field) are one step, so undo takes back the word, not a letter.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The group of the last change; a change with the same group joins it. */
  readonly group?: string | undefined;
}

export const HISTORY_LIMIT = 200;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** A new present; what was undone can no longer be redone. */
export function record<T>(
  history: History<T>,
  next: T,
  group?: string,
  limit = HISTORY_LIMIT,
): History<T> {
  if (group !== undefined && group === history.group) {
    return { past: history.past, present: next, future: [], group };
  }
  const past = [...history.past, history.present];
  return { past: past.slice(Math.max(0, past.length - limit)), present: next, future: [], group };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (history.past.length === 0 || previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
  };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future };
}

export function canUndo(history: History<unknown>): boolean {
  return history.past.length > 0;
}

export function canRedo(history: History<unknown>): boolean {
  return history.future.length > 0;
}
