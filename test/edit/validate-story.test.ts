import { describe, expect, it } from 'vitest';
import { editableFile, editableFromText } from '../../src/edit/editable-file';
import { eventPath, problemsAt, validateFile } from '../../src/edit/validate-story';
import type { Problem } from '../../src/story/problem';
import { describeProblem } from '../fixtures/describe-problem';
import { miniStoryData } from '../fixtures/load-fixture';
import { edited, miniFile } from './edit-fixture';

describe('validation by the story parser', () => {
  it('finds nothing wrong with the mini story', () => {
    const { story, problems } = validateFile(miniFile());
    expect(problems).toEqual([]);
    expect(story?.events).toHaveLength(4);
  });

  it('says an end before the start at the event time, by the file path', () => {
    const next = edited(miniFile(), {
      type: 'set-event-time',
      eventId: 'border-talks',
      time: { start: '2021-08-10', end: '2021-08-01', precision: 'day' },
    });
    const { problems, story } = validateFile(next);
    expect(problemsAt(problems, 'events[1].time')).toEqual([
      { path: 'events[1].time.end', code: 'end-before-start' },
    ]);
    expect(story?.events.map((event) => event.id)).not.toContain('border-talks');
  });

  it('says a precision that does not match the dates', () => {
    const next = edited(miniFile(), {
      type: 'set-event-time',
      eventId: 'border-talks',
      time: { start: '2021-08', precision: 'day' },
    });
    expect(problemsAt(validateFile(next).problems, 'events[1].time.precision')).toHaveLength(1);
  });

  it('gives no story, only problems, for an empty story title', () => {
    const { story, problems } = validateFile(
      edited(miniFile(), { type: 'set-story-title', title: ' ' }),
    );
    expect(story).toBeUndefined();
    expect(problemsAt(problems, 'title')).toHaveLength(1);
  });

  it('does not count events[10] as under events[1]', () => {
    const problems: Problem[] = [{ path: 'events[10].title', code: 'invalid' }];
    expect(problemsAt(problems, 'events[1]')).toEqual([]);
    expect(problemsAt(problems, 'events[10]')).toHaveLength(1);
  });

  it('finds an event path by id', () => {
    expect(eventPath(miniFile(), 'joint-exercise')).toBe('events[2]');
    expect(eventPath(miniFile(), 'nope')).toBeUndefined();
  });
});

describe('the editable file', () => {
  it('reads a format 1 story as format 2', () => {
    expect(miniFile().format).toBe(2);
  });

  it('leaves out a broken event and says so', () => {
    const data = miniStoryData();
    const broken = { ...data, events: [...data.events, { id: 'bad', title: '' }] };
    const result = editableFile(broken);
    expect(result.ok && result.file.events).toHaveLength(4);
    expect(result.problems[0]?.path).toMatch(/^events\[4\]/);
    expect(result.problems[0]?.leftOut).toBe(true);
    expect(result.problems.map(describeProblem)[0]).toMatch(/left out of the editable copy/);
  });

  it("refuses text that is not JSON, with the loader's message", () => {
    const result = editableFromText('{ nope');
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.code).toBe('not-json');
    expect(result.problems.map(describeProblem)[0]).toMatch(/not valid JSON/);
  });
});
