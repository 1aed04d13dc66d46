import type { StateCreator } from "zustand";
import type { ExplorerState } from "./store";

export interface AnnounceSlice {
  /** The latest message for screen readers, read out politely. */
  announcement: string;
  announce: (message: string) => void;
}

export const createAnnounceSlice: StateCreator<ExplorerState, [], [], AnnounceSlice> = (set) => ({
  announcement: "",
  announce: (message) => {
    set({ announcement: message });
  },
});
