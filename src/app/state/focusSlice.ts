import type { StateCreator } from "zustand";
import { VIEW_DEFAULTS, type ExplorerView } from "../view/parameters";
import type { ExplorerState } from "./store";

export interface FocusSlice {
  focusOn: (nodeId: string) => void;
  setDepth: (depth: ExplorerView["depth"]) => void;
  leaveFocus: () => void;
}

export const createFocusSlice: StateCreator<ExplorerState, [], [], FocusSlice> = (set) => ({
  focusOn: (nodeId) => {
    set({ focus: nodeId });
  },
  setDepth: (depth) => {
    set({ depth });
  },
  leaveFocus: () => {
    set({ focus: VIEW_DEFAULTS.focus, depth: VIEW_DEFAULTS.depth });
  },
});
