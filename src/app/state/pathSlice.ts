import type { StateCreator } from "zustand";
import type { ExplorerState } from "./store";

export interface PathSlice {
  showPath: (from: string, to: string) => void;
  clearPath: () => void;
}

export const createPathSlice: StateCreator<ExplorerState, [], [], PathSlice> = (set) => ({
  showPath: (from, to) => {
    set({ pathFrom: from, pathTo: to });
  },
  clearPath: () => {
    set({ pathFrom: null, pathTo: null });
  },
});
