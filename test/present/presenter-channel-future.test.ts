import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkWindows } from '../../src/present/presenter-channel';
import { storeWithStory } from '../fixtures/load-fixture';

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
});

describe('a message from the future', () => {
  it('is ignored, so later steps still pass between the windows', async () => {
    const audience = storeWithStory();
    const presenter = storeWithStory();
    for (const [store, sender] of [
      [audience, 'audience'],
      [presenter, 'presenter'],
    ] as const) {
      const channel = new BroadcastChannel('dateline:future');
      const link = linkWindows({ channel, store, sender, isBlank: () => false, onBlank: vi.fn() });
      cleanups.push(() => {
        link.stop();
        channel.close();
      });
    }
    const intruder = new BroadcastChannel('dateline:future');
    cleanups.push(() => intruder.close());
    await new Promise((resolve) => setTimeout(resolve, 30));
    intruder.postMessage({
      type: 'dateline:present:step',
      sender: 'intruder',
      index: 3,
      at: 8.64e15,
      joined: 0,
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(audience.getState().stepIndex).not.toBe(3);
    presenter.getState().goToStep(2);
    await vi.waitFor(() => expect(audience.getState().stepIndex).toBe(2));
  });
});
