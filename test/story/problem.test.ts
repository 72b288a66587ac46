import { describe, expect, it } from 'vitest';
import { describeProblem, formatPath } from '../../src/story/problem';

describe('problems', () => {
  it('writes array paths the way people read them', () => {
    expect(formatPath(['events', 1, 'time', 'start'])).toBe('events[1].time.start');
  });

  it('joins a path and a sentence-like message with a space', () => {
    expect(describeProblem({ path: 'events[1].time', message: 'is not a date' })).toBe(
      'events[1].time is not a date',
    );
  });

  it('joins a path and any other message with a colon', () => {
    expect(describeProblem({ path: 'events', message: 'Invalid input' })).toBe(
      'events: Invalid input',
    );
  });

  it('says a whole-file problem without a path', () => {
    expect(describeProblem({ path: '', message: 'The file is not valid JSON' })).toBe(
      'The file is not valid JSON',
    );
  });
});
