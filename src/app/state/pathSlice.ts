import type { StateCreator } from "zustand";
import type { ExplorerState } from "./store";

export interface PathSlice {
  pathFrom: string | null;
  pathTo: string | null;
  showPath: (from: string, to: string) => void;
  clearPath: () => void;
}

export const createPathSlice: StateCreator<ExplorerState, [], [], PathSlice> = (set) => ({
  pathFrom: null,
  pathTo: null,
  showPath: (from, to) => {
    set({ pathFrom: from, pathTo: to });
  },
  clearPath: () => {
    set({ pathFrom: null, pathTo: null });
  },
});
