import type { StateCreator } from "zustand";
import type { ExplorerState } from "./store";

/** The passage being read in the article is highlighted there. */
export interface ReadingSlice {
  readPassage: (id: string) => void;
  openArticle: () => void;
  closeArticle: () => void;
}

export const createReadingSlice: StateCreator<ExplorerState, [], [], ReadingSlice> = (set) => ({
  readPassage: (id) => {
    set({ passage: id, articleOpen: true });
  },
  openArticle: () => {
    set({ articleOpen: true });
  },
  closeArticle: () => {
    set({ articleOpen: false, passage: null });
  },
});
