import type { StateCreator } from "zustand";
import type { ExplorerState } from "./store";

export interface ReadingSlice {
  /** The passage being read in the article, highlighted there. */
  passage: string | null;
  articleOpen: boolean;
  readPassage: (id: string) => void;
  openArticle: () => void;
  closeArticle: () => void;
}

export const createReadingSlice: StateCreator<ExplorerState, [], [], ReadingSlice> = (set) => ({
  passage: null,
  articleOpen: false,
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
