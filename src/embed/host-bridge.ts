/**
 * The frame's side of the host-page API, without the browser: it takes messages (already known
 * to come from the parent window), drives the store, and reports the store's changes through
 * `post`. use-host-bridge.ts wires it to `window`. Nothing a host sends is ever thrown on.
 */
import type { DatelineState, DatelineStore } from '../state/store';
import type { TimeWindow } from '../time/time-window';
import {
  applyHostMessage,
  readyMessage,
  resizeMessage,
  selectedMessage,
  timeMessage,
} from './host-actions';
import { parseHostMessage, type FrameMessage } from './host-messages';
import { mayDrive, replyTargets, type OriginPolicy } from './host-origin';

/** At most one 'dateline:timechange' per this many milliseconds while the window moves. */
export const TIMECHANGE_MS = 100;

export interface HostBridgeOptions {
  readonly store: DatelineStore;
  readonly policy: OriginPolicy;
  /** The parent page's origin as the browser reports it, if it does. */
  readonly parentOrigin: string | undefined;
  /** Sends a message to the parent window, for `targetOrigin` only. */
  readonly post: (message: FrameMessage, targetOrigin: string) => void;
  /** Says why a message was ignored (development builds only). */
  readonly debug?: (reason: string, data: unknown) => void;
}

export interface HostBridge {
  /** Starts reporting the store's changes; the first start says 'ready' once the story is. */
  readonly start: () => void;
  /** Stops reporting (the layout's effects are gone, perhaps only for a moment). */
  readonly stop: () => void;
  /** Handles a message from the parent window. */
  readonly receive: (data: unknown, origin: string) => void;
  /** Reports the document's height; posted only when it changes. */
  readonly reportHeight: (height: number) => void;
}

/** A leading-and-trailing throttle: the first change goes at once, the last one always goes. */
function throttle<T>(send: (value: T) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { value: T } | undefined;
  const flush = () => {
    timer = undefined;
    if (!pending) return;
    const { value } = pending;
    pending = undefined;
    send(value);
    timer = setTimeout(flush, ms);
  };
  return {
    push(value: T) {
      if (timer === undefined) {
        send(value);
        timer = setTimeout(flush, ms);
      } else pending = { value };
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pending = undefined;
    },
  };
}

/**
 * The bridge for a store. It is built once per layout and started and stopped with its effects,
 * which React may run more than once: 'ready' is still said once (and again only on 'hello').
 */
export function createHostBridge(options: HostBridgeOptions): HostBridge {
  const { store, policy, parentOrigin, post, debug } = options;
  let hostOrigin: string | undefined;
  let height: number | undefined;
  let lastTime: string | undefined;
  let announced = false;
  let selected: string | undefined;
  let window: TimeWindow | undefined;
  let unsubscribe: (() => void) | undefined;

  const send = (message: FrameMessage) => {
    for (const target of replyTargets(policy, parentOrigin, hostOrigin)) {
      try {
        post(message, target);
      } catch (error) {
        debug?.('could not post to the host', error);
      }
    }
  };

  const times = throttle((window: TimeWindow) => {
    const message = timeMessage(window);
    // Playback can move the window within a day; the host hears only of whole days.
    const key = `${message.from}/${message.to}`;
    if (key === lastTime) return;
    lastTime = key;
    send(message);
  }, TIMECHANGE_MS);

  const reportSelection = (id: string | undefined) => {
    if (id === selected) return;
    selected = id;
    send(selectedMessage(id));
  };

  /** 'ready', then what the frame shows: its selection (if any) and its window. */
  const announce = (state: DatelineState) => {
    if (state.status !== 'ready' || !state.story) return;
    announced = true;
    send(readyMessage(state.story));
    selected = state.selectedId;
    if (selected !== undefined) send(selectedMessage(selected));
    lastTime = undefined;
    window = state.window;
    times.push(window);
  };

  const onChange = (state: DatelineState) => {
    if (state.status !== 'ready') return;
    if (!announced) {
      announce(state);
      return;
    }
    reportSelection(state.selectedId);
    if (state.window !== window) {
      window = state.window;
      times.push(window);
    }
  };

  return {
    start() {
      if (unsubscribe) return;
      unsubscribe = store.subscribe(onChange);
      // The story may have loaded before the frame's layout started, or changed while stopped.
      onChange(store.getState());
    },
    stop() {
      unsubscribe?.();
      unsubscribe = undefined;
      times.cancel();
    },
    receive(data, origin) {
      if (!mayDrive(policy, origin)) {
        debug?.(`ignored a message from ${origin}: not an allowed origin`, data);
        return;
      }
      const message = parseHostMessage(data);
      if (!message) {
        debug?.('ignored a message that is not a Dateline host message', data);
        return;
      }
      hostOrigin = origin;
      if (message.type === 'dateline:hello') {
        announce(store.getState());
        if (height !== undefined) send(resizeMessage(height));
        return;
      }
      if (store.getState().status !== 'ready') {
        debug?.('ignored a message that came before the story was ready', data);
        return;
      }
      if (!applyHostMessage(store, message)) debug?.('could not carry out a message', data);
    },
    reportHeight(next) {
      const rounded = Math.round(next);
      if (!Number.isFinite(rounded) || rounded === height) return;
      height = rounded;
      send(resizeMessage(rounded));
    },
  };
}
