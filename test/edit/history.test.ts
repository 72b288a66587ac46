import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, record, redo, startHistory, undo } from '../../src/edit/history';

describe('undo history', () => {
  it('undoes and redoes in order', () => {
    const history = record(record(startHistory('a'), 'b'), 'c');
    expect(undo(history).present).toBe('b');
    expect(undo(undo(history)).present).toBe('a');
    expect(redo(undo(undo(history))).present).toBe('b');
  });

  it('forgets what was undone once something new is recorded', () => {
    const history = record(undo(record(startHistory('a'), 'b')), 'c');
    expect(canRedo(history)).toBe(false);
    expect(undo(history).present).toBe('a');
  });

  it('does nothing past either end', () => {
    const start = startHistory('a');
    expect(undo(start)).toBe(start);
    expect(redo(start)).toBe(start);
    expect([canUndo(start), canRedo(start)]).toEqual([false, false]);
  });

  it('keeps only the last `limit` states', () => {
    let history = startHistory(0);
    for (let n = 1; n <= 10; n += 1) history = record(history, n, undefined, 3);
    expect(history.past).toEqual([7, 8, 9]);
  });

  it('joins changes of one group into one step', () => {
    const typed = record(
      record(record(startHistory(''), 'T', 'title'), 'Ti', 'title'),
      'Tit',
      'title',
    );
    expect(typed.past).toEqual(['']);
    expect(undo(typed).present).toBe('');
  });

  it('starts a new step after an undo, even in the same group', () => {
    const typed = record(startHistory(''), 'T', 'title');
    const again = record(redo(undo(typed)), 'Ti', 'title');
    expect(again.past).toEqual(['', 'T']);
  });
});
