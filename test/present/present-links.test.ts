import { describe, expect, it } from 'vitest';
import { appLink, presentationLink } from '../../src/present/present-links';
import { stepAnnouncement, stepCounter } from '../../src/present/step-text';
import { miniStory, storeWithStory } from '../fixtures/load-fixture';

describe('links between modes', () => {
  it('opens a presentation of the same story, in the same theme', () => {
    const store = storeWithStory(undefined, {
      story: 'mini-story',
      theme: 'dark',
      event: 'border-talks',
    });
    expect(presentationLink(store.getState(), 'present')).toBe(
      '?story=mini-story&mode=present&theme=dark',
    );
  });

  it('opens the presenter view on the current step', () => {
    const store = storeWithStory();
    store.getState().goToStep(2);
    expect(presentationLink(store.getState(), 'presenter')).toBe('?mode=presenter&step=3');
  });

  it('goes back to the app showing the current step’s event, without the mode or step', () => {
    const store = storeWithStory(undefined, { mode: 'present' });
    store.getState().goToStep(2);
    const link = appLink(store.getState());
    expect(link).toContain('event=ministry-statement');
    expect(link).not.toMatch(/mode=|step=/);
  });
});

describe('step text', () => {
  it('announces a step with its number, title and honest date', () => {
    const event = miniStory().events.find((candidate) => candidate.id === 'border-talks')!;
    expect(stepAnnouncement(1, 4, event)).toBe(
      'Step 2 of 4: Officials meet in Dushanbe to discuss the border, about August 2021',
    );
  });

  it('counts steps as people do', () => {
    expect(stepCounter(2, 19)).toBe('3 / 19');
    expect(stepCounter(undefined, 19)).toBe('– / 19');
  });
});
