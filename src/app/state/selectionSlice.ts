import type { StateCreator } from "zustand";
import type { ExplorerState } from "./store";

export interface SelectionSlice {
  /** At most one of node and edge is set. */
  node: string | null;
  edge: string | null;
  selectNode: (id: string) => void;
  selectEdge: (id: string) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: StateCreator<ExplorerState, [], [], SelectionSlice> = (set) => ({
  node: null,
  edge: null,
  selectNode: (id) => {
    set({ node: id, edge: null });
  },
  selectEdge: (id) => {
    set({ node: null, edge: id });
  },
  clearSelection: () => {
    set({ node: null, edge: null });
  },
});
