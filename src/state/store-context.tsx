/** Hands the store down through React context, so each app, embed and test has its own. */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DatelineState, DatelineStore } from './store';

const StoreContext = createContext<DatelineStore | null>(null);

export function StoreProvider({ store, children }: { store: DatelineStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for effects and event handlers that read state without rendering it. */
export function useDatelineStore(): DatelineStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useDatelineStore must be used inside <StoreProvider>');
  return store;
}

/** Selects the smallest value a component needs; re-renders only when it changes. */
export function useDateline<T>(selector: (state: DatelineState) => T): T {
  return useStore(useDatelineStore(), selector);
}
