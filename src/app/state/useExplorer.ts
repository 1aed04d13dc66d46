import { createContext, useContext } from "react";
import { useStore } from "zustand";
import type { ExplorerState, ExplorerStore } from "./store";

export const ExplorerStoreContext = createContext<ExplorerStore | null>(null);

/** The store of the graph being explored; for effects and controllers that subscribe to it. */
export function useExplorerStore(): ExplorerStore {
  const store = useContext(ExplorerStoreContext);
  if (!store) throw new Error("useExplorerStore needs an ExplorerStoreProvider above it");
  return store;
}

/** A narrow piece of the explorer's state; re-renders only when that piece changes. */
export function useExplorer<T>(selector: (state: ExplorerState) => T): T {
  return useStore(useExplorerStore(), selector);
}
