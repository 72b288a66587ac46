/**
 * Wires the host-page API (host-bridge.ts) to the browser: the window's 'message' events from
 * the parent page, the store, and the document's height. Active only inside a frame.
 */
import { useEffect, useState } from 'react';
import { useDatelineStore } from '../state/store-context';
import type { DatelineStore } from '../state/store';
import { createHostBridge, type HostBridge } from './host-bridge';
import { originPolicy, parentOriginOf, parseOriginSetting } from './host-origin';

/** Host origins allowed by the build (VITE_DATELINE_ALLOWED_ORIGINS, space-separated). */
const BUILD_ORIGINS = parseOriginSetting(import.meta.env.VITE_DATELINE_ALLOWED_ORIGINS);

function debugLog(reason: string, data: unknown): void {
  console.debug(`[dateline] ${reason}`, data);
}

/** The bridge for this frame, or undefined when the page is not framed. */
function frameBridge(store: DatelineStore): HostBridge | undefined {
  // No window (nor frame) while the build prerenders the embed's first view.
  if (typeof window === 'undefined') return undefined;
  const parent = window.parent;
  if (parent === window) return undefined;
  return createHostBridge({
    store,
    policy: originPolicy(store.getState().settings.initial.origin, BUILD_ORIGINS),
    parentOrigin: parentOriginOf(window.location.ancestorOrigins?.[0], document.referrer),
    post: (message, targetOrigin) => parent.postMessage(message, targetOrigin),
    debug: import.meta.env.DEV ? debugLog : undefined,
  });
}

/** Talks to the host page, when there is one; mount once, in the embed layout. */
export function useHostBridge(): void {
  const store = useDatelineStore();
  // Built once per layout, so effects that run again (Suspense, StrictMode) do not say 'ready' twice.
  const [bridge] = useState(() => frameBridge(store));
  useEffect(() => {
    if (!bridge) return undefined;
    const parent = window.parent;
    const onMessage = (event: MessageEvent<unknown>) => {
      // Only the page that embeds the frame may drive it: not other frames, not the frame itself.
      if (event.source === parent) bridge.receive(event.data, event.origin);
    };
    bridge.start();
    window.addEventListener('message', onMessage);
    const root = document.documentElement;
    const observer =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver(() => bridge.reportHeight(root.scrollHeight))
        : undefined;
    observer?.observe(root);
    return () => {
      window.removeEventListener('message', onMessage);
      observer?.disconnect();
      bridge.stop();
    };
  }, [bridge]);
}
