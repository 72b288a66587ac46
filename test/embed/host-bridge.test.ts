import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHostBridge, TIMECHANGE_MS, type HostBridge } from '../../src/embed/host-bridge';
import type { FrameMessage } from '../../src/embed/host-messages';
import { originPolicy, type OriginPolicy } from '../../src/embed/host-origin';
import { createDatelineStore, type DatelineStore } from '../../src/state/store';
import { parseStory } from '../../src/story/parse-story';
import { miniStoryData, storeWithStory } from '../fixtures/load-fixture';

const HOST = 'https://news.example';
const OTHER = 'https://ads.example';
const day = (text: string) => Date.parse(`${text}T00:00:00Z`);

let bridge: HostBridge | undefined;

function start(
  store: DatelineStore,
  policy: OriginPolicy = originPolicy(undefined, undefined),
  // null: the parent's origin is hidden (an explicit undefined would take the default).
  parent: string | null = HOST,
) {
  const parentOrigin = parent ?? undefined;
  const posted: { message: FrameMessage; target: string }[] = [];
  const debug = vi.fn();
  bridge = createHostBridge({
    store,
    policy,
    parentOrigin,
    post: (message, target) => posted.push({ message, target }),
    debug,
  });
  bridge.start();
  const types = () => posted.map((entry) => entry.message.type);
  return { bridge, posted, types, debug };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  bridge?.stop();
  bridge = undefined;
  vi.useRealTimers();
});

describe('the host bridge, frame to host', () => {
  it('says ready with the story id and event count once the story has loaded', () => {
    const store = createDatelineStore();
    const { posted } = start(store);
    expect(posted).toEqual([]);
    store.getState().storyLoaded(parseStory(miniStoryData()));
    expect(posted[0]).toEqual({
      message: { type: 'dateline:ready', storyId: 'mini-story', eventCount: 4 },
      target: HOST,
    });
  });

  it('says ready at once when the story loaded before the bridge started', () => {
    const { types } = start(storeWithStory());
    expect(types()[0]).toBe('dateline:ready');
  });

  it('reports a selection change', () => {
    const store = storeWithStory();
    const { posted } = start(store);
    store.getState().select('joint-exercise', 'map');
    expect(posted.at(-1)?.message).toEqual({
      type: 'dateline:selected',
      eventId: 'joint-exercise',
    });
  });

  it('reports window changes at most every 100 ms, the last one always', () => {
    const store = storeWithStory();
    const { posted } = start(store);
    const times = () => posted.filter((entry) => entry.message.type === 'dateline:timechange');
    vi.advanceTimersByTime(TIMECHANGE_MS);
    const before = times().length;
    store.getState().setWindow({ from: day('2021-10-01'), to: day('2021-10-10') });
    store.getState().setWindow({ from: day('2021-10-01'), to: day('2021-10-11') });
    store.getState().setWindow({ from: day('2021-10-01'), to: day('2021-10-12') });
    expect(times()).toHaveLength(before + 1);
    vi.advanceTimersByTime(TIMECHANGE_MS);
    expect(times()).toHaveLength(before + 2);
    expect(times().at(-1)?.message).toEqual({
      type: 'dateline:timechange',
      from: '2021-10-01',
      to: '2021-10-11',
    });
  });

  it('reports the height only when it changes, rounded', () => {
    const { bridge, posted } = start(storeWithStory());
    bridge.reportHeight(480.4);
    bridge.reportHeight(480);
    bridge.reportHeight(500);
    const heights = posted
      .map((entry) => entry.message)
      .filter((message) => message.type === 'dateline:resize');
    expect(heights).toEqual([
      { type: 'dateline:resize', height: 480 },
      { type: 'dateline:resize', height: 500 },
    ]);
  });

  it('stays silent with neither a known parent origin nor an allowlist', () => {
    const { posted } = start(storeWithStory(), originPolicy(undefined, undefined), null);
    expect(posted).toEqual([]);
  });

  it('answers hello, to the origin that said it, with ready and the height', () => {
    const store = storeWithStory();
    const { bridge, posted } = start(store, originPolicy(undefined, undefined), null);
    bridge.reportHeight(300);
    bridge.receive({ type: 'dateline:hello' }, HOST);
    expect(posted.map((entry) => entry.target).every((target) => target === HOST)).toBe(true);
    expect(posted.map((entry) => entry.message)).toContainEqual({
      type: 'dateline:ready',
      storyId: 'mini-story',
      eventCount: 4,
    });
    expect(posted.map((entry) => entry.message)).toContainEqual({
      type: 'dateline:resize',
      height: 300,
    });
  });
});

describe('the host bridge, host to frame', () => {
  it('carries out a valid message', () => {
    const store = storeWithStory();
    const { bridge } = start(store);
    bridge.receive({ type: 'dateline:select', eventId: 'joint-exercise' }, HOST);
    expect(store.getState().selectedId).toBe('joint-exercise');
  });

  it('ignores malformed messages without throwing, and says why in development', () => {
    const store = storeWithStory(undefined, { event: 'joint-exercise' });
    const { bridge, debug } = start(store);
    const hostile: unknown[] = [
      { type: 'dateline:eval', code: 'alert(1)' },
      'dateline:next',
      { type: 'dateline:select', eventId: '<img src=x onerror=alert(1)>' },
      { type: 'dateline:setTime', from: '2021-10-23', to: '2021-10-18' },
      null,
    ];
    for (const data of hostile) expect(() => bridge.receive(data, HOST)).not.toThrow();
    expect(store.getState().selectedId).toBe('joint-exercise');
    expect(debug).toHaveBeenCalledTimes(hostile.length);
  });

  it('ignores an origin the allowlist leaves out, and does not answer it', () => {
    const store = storeWithStory();
    const { bridge, posted } = start(store, originPolicy([HOST], undefined), HOST);
    const before = posted.length;
    bridge.receive({ type: 'dateline:select', eventId: 'joint-exercise' }, OTHER);
    bridge.receive({ type: 'dateline:hello' }, OTHER);
    expect(store.getState().selectedId).toBeUndefined();
    expect(posted).toHaveLength(before);
  });

  it('ignores commands that come before the story is ready', () => {
    const store = createDatelineStore();
    const { bridge, debug } = start(store);
    bridge.receive({ type: 'dateline:play' }, HOST);
    expect(store.getState().playing).toBe(false);
    expect(debug).toHaveBeenCalled();
  });

  it('replies to the host that spoke once it has', () => {
    const store = storeWithStory();
    const { bridge, posted } = start(store, originPolicy(undefined, undefined), null);
    bridge.receive({ type: 'dateline:select', eventId: 'joint-exercise' }, HOST);
    expect(posted.at(-1)).toEqual({
      message: { type: 'dateline:selected', eventId: 'joint-exercise' },
      target: HOST,
    });
  });

  it('stops reporting once stopped', () => {
    const store = storeWithStory();
    const { bridge, posted } = start(store);
    bridge.stop();
    const before = posted.length;
    store.getState().select('joint-exercise', 'map');
    expect(posted).toHaveLength(before);
  });

  it('says ready once however often it is started again, and catches up on changes', () => {
    const store = storeWithStory();
    const { bridge, posted, types } = start(store);
    bridge.stop();
    store.getState().select('joint-exercise', 'map');
    bridge.start();
    bridge.stop();
    bridge.start();
    expect(types().filter((type) => type === 'dateline:ready')).toHaveLength(1);
    expect(posted.filter((entry) => entry.message.type === 'dateline:selected')).toEqual([
      { message: { type: 'dateline:selected', eventId: 'joint-exercise' }, target: HOST },
    ]);
  });
});
