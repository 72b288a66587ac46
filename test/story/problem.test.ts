import { describe, expect, it } from 'vitest';
import {
  formatPath,
  problemsFromIssues,
  withoutValues,
  type Problem,
} from '../../src/story/problem';
import { partialDateSchema } from '../../src/story/story-schema';
import { z } from 'zod';
import { describeProblem } from '../fixtures/describe-problem';

describe('problems', () => {
  it('writes array paths the way people read them', () => {
    expect(formatPath(['events', 1, 'time', 'start'])).toBe('events[1].time.start');
  });

  it('joins a path and a sentence-like message with a space', () => {
    expect(describeProblem({ path: 'events[1].time', code: 'rule', rule: 'real-date' })).toBe(
      'events[1].time is not a real date',
    );
  });

  it('joins a path and any other message with a colon', () => {
    expect(describeProblem({ path: 'events', code: 'text', text: 'Storage failed' })).toBe(
      'events: Storage failed',
    );
  });

  it('says a whole-file problem without a path', () => {
    expect(describeProblem({ path: '', code: 'not-json', reason: 'Unexpected end' })).toBe(
      'The file is not valid JSON: Unexpected end',
    );
  });

  it('turns a schema rule into its code, not its words', () => {
    const parsed = partialDateSchema.safeParse('18 Oct');
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(problemsFromIssues(parsed.error.issues, ['from'])).toEqual([
        { path: 'from', code: 'rule', rule: 'date-form' },
      ]);
    }
  });

  it('keeps what zod knows about a bound as values', () => {
    const parsed = z.object({ list: z.array(z.number()).min(4) }).safeParse({ list: [1] });
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(problemsFromIssues(parsed.error.issues)).toEqual([
        { path: 'list', code: 'too-small', origin: 'array', minimum: 4 },
      ]);
    }
  });

  it('is plain data that survives a structured clone (the parser may run in a worker)', () => {
    const problem: Problem = { path: 'events[0].id', code: 'repeated-id', id: 'a' };
    expect(structuredClone(problem)).toEqual(problem);
  });

  it('blanks the values that differ between problems of one kind', () => {
    expect(withoutValues({ path: 'events[3].id', code: 'repeated-id', id: 'a' })).toEqual({
      path: 'events[3].id',
      code: 'repeated-id',
      id: '…',
    });
  });
});
