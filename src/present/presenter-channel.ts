/**
 * Keeps the audience screen and the presenter view in step over a BroadcastChannel, both ways:
 * either window can drive. Messages come from another window and are parsed like any untrusted
 * input. Each window signs its messages and ignores its own; a window broadcasts only changes
 * made in it, never ones it applied from the channel, so two windows cannot echo forever.
 * When two windows disagree (both moved at once, or a window opened on another step), the later
 * step wins, and a window that joins follows the ones already running, so all settle on one step.
 */
// Before any schema is built: parse without eval (strict Content Security Policy).
import '../story/zod-jitless';
import { z } from 'zod';
import type { DatelineStore } from '../state/store';

/** How far ahead of this window's clock a message's time may be (windows share one machine). */
const FUTURE_SLACK_MS = 5_000;

const sender = z.string().regex(/^[a-z0-9-]{1,64}$/);

/** What the windows of one presentation say to each other. */
export const presenterMessageSchema = z.discriminatedUnion('type', [
  /** A window has joined: the others reply with where they are. */
  z.strictObject({ type: z.literal('dateline:present:hello'), sender }),
  z.strictObject({
    type: z.literal('dateline:present:step'),
    sender,
    index: z.number().int().min(0).max(100_000),
    /** When the step was taken (ms since 1970); 0 for a window's opening step. */
    at: z.number().int().min(0).max(8.64e15),
    /** When the sending window joined: among opening steps, the longest-running window's wins. */
    joined: z.number().int().min(0).max(8.64e15),
  }),
  z.strictObject({ type: z.literal('dateline:present:blank'), sender, blank: z.boolean() }),
]);

export type PresenterMessage = z.infer<typeof presenterMessageSchema>;

/** Parses a message's data; undefined for anything that is not a presenter message. */
export function parsePresenterMessage(data: unknown): PresenterMessage | undefined {
  const result = presenterMessageSchema.safeParse(data);
  return result.success ? result.data : undefined;
}

/** The channel one story's presentation windows share. */
export function channelName(storyId: string): string {
  return `dateline:${storyId}`;
}

/** A random id for this window; getRandomValues works outside secure contexts too. */
export function newSenderId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The part of a BroadcastChannel this module uses; a BroadcastChannel is one. */
export interface MessageChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface LinkOptions {
  readonly channel: MessageChannelLike;
  readonly store: DatelineStore;
  readonly sender: string;
  /** Whether this window's screen is blank now, for windows that join later. */
  readonly isBlank: () => boolean;
  /** Another window blanked or brought back the screen. */
  readonly onBlank: (blank: boolean) => void;
  /** Another window of this presentation spoke: the two are linked. */
  readonly onPeer?: () => void;
}

/** A live link between this window and the others. */
export interface WindowLink {
  /** Tells the other windows the screen was blanked (or brought back) here. */
  readonly sendBlank: (blank: boolean) => void;
  /** Stops listening and broadcasting; the channel itself is the caller's to close. */
  readonly stop: () => void;
}

/** Links this window's store to the other windows on the channel, and says hello. */
export function linkWindows(options: LinkOptions): WindowLink {
  const { channel, store, sender: self } = options;
  // Set while a step from the channel is applied: that change is not this window's to announce.
  let applying = false;
  // The version of the step on screen: when it was taken (0 for the step a window opened on)
  // and when the window that took it joined. Every window orders versions the same way.
  const joinedAt = Date.now();
  let version = { at: 0, joined: joinedAt };

  const post = (message: PresenterMessage) => channel.postMessage(message);
  const postStep = (index: number | undefined) => {
    if (index !== undefined)
      post({ type: 'dateline:present:step', sender: self, index, ...version });
  };
  // A later step wins; between opening steps, the window running longest; then the larger id.
  const wins = (message: { at: number; joined: number; sender: string }) =>
    message.at !== version.at
      ? message.at > version.at
      : message.joined !== version.joined
        ? message.joined < version.joined
        : message.sender > self;

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.stepIndex === previous.stepIndex || applying) return;
    version = { at: Math.max(Date.now(), version.at + 1), joined: joinedAt };
    postStep(state.stepIndex);
  });

  const onMessage = (event: MessageEvent) => {
    const message = parsePresenterMessage(event.data);
    if (!message || message.sender === self) return;
    options.onPeer?.();
    switch (message.type) {
      case 'dateline:present:hello':
        postStep(store.getState().stepIndex);
        post({ type: 'dateline:present:blank', sender: self, blank: options.isBlank() });
        return;
      case 'dateline:present:step':
        // A step stamped in the future would win every later comparison and pin both windows
        // to it for good: the windows share one clock, so such a stamp is not to be believed.
        if (
          message.at > Date.now() + FUTURE_SLACK_MS ||
          message.joined > Date.now() + FUTURE_SLACK_MS
        )
          return;
        if (!wins(message)) {
          // The other window is behind: tell it what wins, so both settle on this step.
          if (message.index !== store.getState().stepIndex) postStep(store.getState().stepIndex);
          return;
        }
        version = { at: message.at, joined: message.joined };
        if (message.index === store.getState().stepIndex) return;
        applying = true;
        try {
          store.getState().goToStep(message.index);
        } finally {
          applying = false;
        }
        return;
      case 'dateline:present:blank':
        options.onBlank(message.blank);
        return;
    }
  };

  channel.addEventListener('message', onMessage);
  post({ type: 'dateline:present:hello', sender: self });

  return {
    sendBlank: (blank) => post({ type: 'dateline:present:blank', sender: self, blank }),
    stop: () => {
      unsubscribe();
      channel.removeEventListener('message', onMessage);
    },
  };
}
