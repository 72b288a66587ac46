/** Links this window to the other windows of the same presentation (see presenter-channel.ts). */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDateline, useDatelineStore } from '../state/store-context';
import { channelName, linkWindows, newSenderId, type WindowLink } from './presenter-channel';

export interface WindowLinkState {
  /** Another window has spoken on the channel. */
  readonly linked: boolean;
  readonly sendBlank: (blank: boolean) => void;
}

/**
 * Joins the story's channel once the first step is on screen (so this window's own start is not
 * broadcast), and applies steps and blanking from the other windows.
 */
export function useWindowLink(
  isBlank: () => boolean,
  onBlank: (blank: boolean) => void,
): WindowLinkState {
  const store = useDatelineStore();
  const storyId = useDateline((state) => state.story?.id);
  const started = useDateline((state) => state.stepIndex !== undefined);
  const [linked, setLinked] = useState(false);
  const link = useRef<WindowLink | undefined>(undefined);
  const callbacks = useRef({ isBlank, onBlank });
  useEffect(() => {
    callbacks.current = { isBlank, onBlank };
  });

  useEffect(() => {
    if (storyId === undefined || !started || typeof BroadcastChannel === 'undefined')
      return undefined;
    const channel = new BroadcastChannel(channelName(storyId));
    const current = linkWindows({
      channel,
      store,
      sender: newSenderId(),
      isBlank: () => callbacks.current.isBlank(),
      onBlank: (blank) => callbacks.current.onBlank(blank),
      onPeer: () => setLinked(true),
    });
    link.current = current;
    return () => {
      current.stop();
      channel.close();
      link.current = undefined;
    };
  }, [storyId, started, store]);

  const sendBlank = useCallback((blank: boolean) => link.current?.sendBlank(blank), []);
  return { linked, sendBlank };
}
