import type { StateCreator } from "zustand";
import type { LayoutName } from "../../model/layout/layoutNames";
import type { ExplorerState } from "./store";

export interface LayoutSlice {
  chooseLayout: (name: LayoutName) => void;
}

export const createLayoutSlice: StateCreator<ExplorerState, [], [], LayoutSlice> = (set) => ({
  chooseLayout: (name) => {
    set({ layout: name });
  },
});
