import type { StateCreator } from "zustand";
import type { ExplorerState } from "./store";

export interface NoticeSlice {
  /** Polite messages about what a link asked for and could not have. */
  notices: string[];
  setNotices: (notices: string[]) => void;
  dismissNotices: () => void;
}

export const createNoticeSlice: StateCreator<ExplorerState, [], [], NoticeSlice> = (set) => ({
  notices: [],
  setNotices: (notices) => {
    set({ notices });
  },
  dismissNotices: () => {
    set({ notices: [] });
  },
});
