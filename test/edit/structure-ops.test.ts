import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/edit/edit-ops';
import { newEventId } from '../../src/edit/structure-ops';
import { validateFile } from '../../src/edit/validate-story';
import { edited, eventOf, guessFile, miniFile } from './edit-fixture';

const ids = (file: { events: readonly { id: string }[] }) => file.events.map((event) => event.id);

describe('adding and deleting events', () => {
  it('adds an event that loads', () => {
    const file = miniFile();
    const event = {
      ...eventOf(file, 'ministry-statement'),
      id: newEventId(file, 'Ministry statement'),
      title: 'Another statement',
    };
    const next = edited(file, { type: 'add-event', event });
    expect(ids(next).at(-1)).toBe('ministry-statement-2');
    expect(validateFile(next).story?.events).toHaveLength(5);
  });

  it('refuses an id that is taken', () => {
    const file = miniFile();
    const event = eventOf(file, 'border-talks');
    expect(applyEdit(file, { type: 'add-event', event }).ok).toBe(false);
  });

  it('deletes an event and the steps that show it', () => {
    const withSteps = edited(miniFile(), { type: 'set-step-notes', index: 0, notes: 'n' });
    const next = edited(withSteps, { type: 'delete-event', eventId: 'border-talks' });
    expect(ids(next)).not.toContain('border-talks');
    expect(next.steps?.map((step) => step.event)).not.toContain('border-talks');
    expect(validateFile(next).problems).toEqual([]);
  });
});

describe('merging', () => {
  it('unites the excerpts and context of two events into the kept one', () => {
    const next = edited(miniFile(), {
      type: 'merge-events',
      keepId: 'joint-exercise',
      mergeId: 'ministry-statement',
    });
    expect(ids(next)).not.toContain('ministry-statement');
    const kept = eventOf(next, 'joint-exercise');
    expect(kept.excerpts).toHaveLength(3);
    expect(kept.title).toBe('Joint exercise near the Afghan border');
    expect(validateFile(next).problems).toEqual([]);
  });

  it('quotes a shared excerpt once, and its steps show the kept event once', () => {
    const file = edited(miniFile(), { type: 'set-step-notes', index: 0, notes: 'n' });
    const twin = { ...eventOf(file, 'border-talks'), id: 'border-talks-2' };
    const next = edited(
      file,
      { type: 'add-event', event: twin },
      { type: 'add-step', step: { event: 'border-talks-2' } },
      { type: 'merge-events', keepId: 'border-talks', mergeId: 'border-talks-2' },
    );
    expect(eventOf(next, 'border-talks').excerpts).toHaveLength(1);
    expect(next.steps?.filter((step) => step.event === 'border-talks')).toHaveLength(1);
  });

  it('refuses to merge an event with itself', () => {
    const op = { type: 'merge-events' as const, keepId: 'border-talks', mergeId: 'border-talks' };
    expect(applyEdit(miniFile(), op).ok).toBe(false);
  });
});

describe('splitting', () => {
  it('moves the chosen excerpts to a new event right after the old', () => {
    const next = edited(miniFile(), {
      type: 'split-event',
      eventId: 'joint-exercise',
      excerptIndexes: [1],
    });
    expect(ids(next)).toEqual([
      'base-reinforced',
      'border-talks',
      'joint-exercise',
      'joint-exercise-2',
      'ministry-statement',
    ]);
    expect(eventOf(next, 'joint-exercise').excerpts).toHaveLength(1);
    expect(eventOf(next, 'joint-exercise-2').excerpts[0]?.quote).toMatch(/^The drills/);
    expect(validateFile(next).problems).toEqual([]);
  });

  it('refuses a split that leaves one side without excerpts', () => {
    const op = { type: 'split-event' as const, eventId: 'joint-exercise', excerptIndexes: [0, 1] };
    expect(applyEdit(miniFile(), op).ok).toBe(false);
  });
});

describe('review of guesses', () => {
  it('accepts one guess, keeping why it was guessed', () => {
    const next = edited(guessFile(), { type: 'accept-guess', eventId: 'joint-exercise' });
    expect(eventOf(next, 'joint-exercise').review?.status).toBe('confirmed');
    expect(eventOf(next, 'joint-exercise').review?.reasons).toHaveLength(1);
    expect(eventOf(next, 'ministry-statement').review?.status).toBe('guess');
  });

  it('rejecting a guess deletes the event', () => {
    const next = edited(guessFile(), { type: 'reject-guess', eventId: 'ministry-statement' });
    expect(ids(next)).not.toContain('ministry-statement');
  });

  it('accepts all guesses at once, and then has none left', () => {
    const next = edited(guessFile(), { type: 'accept-all' });
    expect(next.events.filter((event) => event.review?.status === 'guess')).toEqual([]);
    expect(applyEdit(next, { type: 'accept-all' }).ok).toBe(false);
  });

  it('refuses to accept what is not a guess', () => {
    expect(applyEdit(guessFile(), { type: 'accept-guess', eventId: 'border-talks' }).ok).toBe(
      false,
    );
  });
});
