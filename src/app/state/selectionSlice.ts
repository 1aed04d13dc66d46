import type { StateCreator } from "zustand";
import type { ExplorerState } from "./store";

/** At most one of `node` and `edge` is selected. */
export interface SelectionSlice {
  selectNode: (id: string) => void;
  selectEdge: (id: string) => void;
  /** Selects a sentence: the details show what it states, the article shows where it is. */
  selectPassage: (id: string) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: StateCreator<ExplorerState, [], [], SelectionSlice> = (set) => ({
  selectNode: (id) => {
    set({ node: id, edge: null });
  },
  selectEdge: (id) => {
    set({ node: null, edge: id });
  },
  selectPassage: (id) => {
    set({ node: null, edge: null, passage: id, articleOpen: true });
  },
  // The sentence being read goes too: on its own it is a selection (the graph marks what it states).
  clearSelection: () => {
    set({ node: null, edge: null, passage: null });
  },
});
