import type { StateCreator } from "zustand";
import type { FocusDepth } from "../url/explorerView";
import type { ExplorerState } from "./store";

export interface FocusSlice {
  focus: string | null;
  depth: FocusDepth;
  focusOn: (nodeId: string) => void;
  setDepth: (depth: FocusDepth) => void;
  leaveFocus: () => void;
}

export const createFocusSlice: StateCreator<ExplorerState, [], [], FocusSlice> = (set) => ({
  focus: null,
  depth: 1,
  focusOn: (nodeId) => {
    set({ focus: nodeId });
  },
  setDepth: (depth) => {
    set({ depth });
  },
  leaveFocus: () => {
    set({ focus: null, depth: 1 });
  },
});
