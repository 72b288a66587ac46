import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  channelName,
  linkWindows,
  newSenderId,
  parsePresenterMessage,
} from '../../src/present/presenter-channel';
import type { DatelineStore } from '../../src/state/store';
import { storeWithStory } from '../fixtures/load-fixture';

describe('presenter messages', () => {
  it.each([
    { type: 'dateline:present:hello', sender: 'a1' },
    { type: 'dateline:present:step', sender: 'a1', index: 3, at: 1_700_000_000_000, joined: 1 },
    { type: 'dateline:present:blank', sender: 'a1', blank: true },
  ])('reads %o', (message) => {
    expect(parsePresenterMessage(message)).toEqual(message);
  });

  it.each([
    ['a string', 'dateline:present:hello'],
    ['null', null],
    ['an unknown type', { type: 'dateline:present:eval', sender: 'a1' }],
    ['no sender', { type: 'dateline:present:step', index: 3, at: 0, joined: 0 }],
    ['no time', { type: 'dateline:present:step', sender: 'a1', index: 3, joined: 0 }],
    ['a sender with markup', { type: 'dateline:present:hello', sender: '<b>x</b>' }],
    [
      'a fractional step',
      { type: 'dateline:present:step', sender: 'a1', index: 1.5, at: 0, joined: 0 },
    ],
    [
      'a negative step',
      { type: 'dateline:present:step', sender: 'a1', index: -1, at: 0, joined: 0 },
    ],
    [
      'a step as text',
      { type: 'dateline:present:step', sender: 'a1', index: '3', at: 0, joined: 0 },
    ],
    ['blank as text', { type: 'dateline:present:blank', sender: 'a1', blank: 'yes' }],
    [
      'an extra key',
      { type: 'dateline:present:step', sender: 'a1', index: 3, html: '<img>', at: 0, joined: 0 },
    ],
  ])('ignores %s', (_name, data) => {
    expect(parsePresenterMessage(data)).toBeUndefined();
  });

  it('names the channel after the story', () => {
    expect(channelName('csto-2021')).toBe('dateline:csto-2021');
  });

  it('gives each window its own valid sender id', () => {
    const id = newSenderId();
    expect(id).not.toBe(newSenderId());
    expect(parsePresenterMessage({ type: 'dateline:present:hello', sender: id })).toBeDefined();
  });
});

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
});

/** Lets the channel deliver what is in flight (the hellos and their answers). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

/** A window of a presentation: a store linked on a real BroadcastChannel. */
function openWindow(name: string, sender: string, store = storeWithStory()) {
  const channel = new BroadcastChannel(name);
  const onBlank = vi.fn();
  const link = linkWindows({ channel, store, sender, isBlank: () => false, onBlank });
  cleanups.push(() => {
    link.stop();
    channel.close();
  });
  return { store, link, onBlank };
}

/** Records every message on a channel. */
function listen(name: string): unknown[] {
  const heard: unknown[] = [];
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event) => heard.push(event.data);
  cleanups.push(() => channel.close());
  return heard;
}

const stepOf = (store: DatelineStore) => store.getState().stepIndex;

describe('linked presentation windows', () => {
  it('follow a step taken in either window', async () => {
    const audience = openWindow('dateline:a', 'audience');
    const presenter = openWindow('dateline:a', 'presenter');
    await settle();
    audience.store.getState().goToStep(2);
    await vi.waitFor(() => expect(stepOf(presenter.store)).toBe(2));
    presenter.store.getState().goToStep(1);
    await vi.waitFor(() => expect(stepOf(audience.store)).toBe(1));
  });

  it('do not echo a step they were sent', async () => {
    const audience = openWindow('dateline:b', 'audience');
    const presenter = openWindow('dateline:b', 'presenter');
    await settle();
    const heard = listen('dateline:b');
    audience.store.getState().goToStep(3);
    await vi.waitFor(() => expect(stepOf(presenter.store)).toBe(3));
    await settle();
    expect(heard.map((message) => parsePresenterMessage(message)?.sender)).toEqual(['audience']);
  });

  it('pass blanking on to the other window', async () => {
    const audience = openWindow('dateline:c', 'audience');
    const presenter = openWindow('dateline:c', 'presenter');
    await settle();
    presenter.link.sendBlank(true);
    await vi.waitFor(() => expect(audience.onBlank).toHaveBeenCalledWith(true));
    expect(presenter.onBlank).not.toHaveBeenCalledWith(true);
  });

  it('bring a window that joins to the step the running one is on', async () => {
    const audience = openWindow('dateline:d', 'audience');
    audience.store.getState().goToStep(2);
    const store = storeWithStory();
    store.getState().goToStep(0);
    openWindow('dateline:d', 'presenter', store);
    await vi.waitFor(() => expect(stepOf(store)).toBe(2));
    await settle();
    expect(stepOf(audience.store)).toBe(2);
  });

  it('settle on one step when both open on different steps', async () => {
    const first = storeWithStory();
    first.getState().goToStep(1);
    const second = storeWithStory();
    second.getState().goToStep(3);
    openWindow('dateline:e', 'first', first);
    openWindow('dateline:e', 'second', second);
    await settle();
    expect(stepOf(first)).toBe(stepOf(second));
  });

  it('ignore what does not parse and what they sent themselves', async () => {
    const window = openWindow('dateline:f', 'me');
    const other = new BroadcastChannel('dateline:f');
    cleanups.push(() => other.close());
    const at = Date.now() + 1000;
    other.postMessage({ type: 'dateline:present:step', sender: 'me', index: 2, at, joined: 0 });
    other.postMessage({ type: 'dateline:present:step', sender: 'them', index: '2', at, joined: 0 });
    other.postMessage('<script>');
    other.postMessage({ type: 'dateline:present:step', sender: 'them', index: 1, at, joined: 0 });
    await vi.waitFor(() => expect(stepOf(window.store)).toBe(1));
  });
});
