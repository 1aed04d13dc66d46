import { create } from "zustand";
import { createAnnounceSlice, type AnnounceSlice } from "./announceSlice";
import { createFilterSlice, type FilterSlice } from "./filterSlice";
import { createFocusSlice, type FocusSlice } from "./focusSlice";
import { createNoticeSlice, type NoticeSlice } from "./noticeSlice";
import { createPathSlice, type PathSlice } from "./pathSlice";
import { createReadingSlice, type ReadingSlice } from "./readingSlice";
import { createSelectionSlice, type SelectionSlice } from "./selectionSlice";

export type ExplorerState = SelectionSlice &
  FilterSlice &
  ReadingSlice &
  FocusSlice &
  PathSlice &
  NoticeSlice &
  AnnounceSlice;

export const useExplorer = create<ExplorerState>()((...a) => ({
  ...createSelectionSlice(...a),
  ...createFilterSlice(...a),
  ...createReadingSlice(...a),
  ...createFocusSlice(...a),
  ...createPathSlice(...a),
  ...createNoticeSlice(...a),
  ...createAnnounceSlice(...a),
}));
