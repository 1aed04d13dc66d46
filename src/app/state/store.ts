import { createStore, type StoreApi } from "zustand/vanilla";
import { VIEW_DEFAULTS, type ExplorerView } from "../view/parameters";
import { createAnnounceSlice, type AnnounceSlice } from "./announceSlice";
import { createFilterSlice, type FilterSlice } from "./filterSlice";
import { createFocusSlice, type FocusSlice } from "./focusSlice";
import { createLayoutSlice, type LayoutSlice } from "./layoutSlice";
import { createNoticeSlice, type NoticeSlice } from "./noticeSlice";
import { createPathSlice, type PathSlice } from "./pathSlice";
import { createReadingSlice, type ReadingSlice } from "./readingSlice";
import { createSelectionSlice, type SelectionSlice } from "./selectionSlice";

/** The view a permalink carries, the actions that change it, and what is said to the reader. */
export type ExplorerState = ExplorerView &
  SelectionSlice &
  FilterSlice &
  ReadingSlice &
  FocusSlice &
  LayoutSlice &
  PathSlice &
  NoticeSlice &
  AnnounceSlice;

export type ExplorerStore = StoreApi<ExplorerState>;

/**
 * One store per graph: made when a graph arrives, so a new graph starts from a clean state and no
 * id of the old one can linger; tests make their own.
 */
export function createExplorerStore(initial: Partial<ExplorerState> = {}): ExplorerStore {
  return createStore<ExplorerState>()((...a) => ({
    ...VIEW_DEFAULTS,
    ...createSelectionSlice(...a),
    ...createFilterSlice(...a),
    ...createReadingSlice(...a),
    ...createFocusSlice(...a),
    ...createLayoutSlice(...a),
    ...createPathSlice(...a),
    ...createNoticeSlice(...a),
    ...createAnnounceSlice(...a),
    ...initial,
  }));
}
