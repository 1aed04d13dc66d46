import { create } from "zustand";
import { createFilterSlice, type FilterSlice } from "./filterSlice";
import { createNoticeSlice, type NoticeSlice } from "./noticeSlice";
import { createReadingSlice, type ReadingSlice } from "./readingSlice";
import { createSelectionSlice, type SelectionSlice } from "./selectionSlice";

export type ExplorerState = SelectionSlice & FilterSlice & ReadingSlice & NoticeSlice;

export const useExplorer = create<ExplorerState>()((...a) => ({
  ...createSelectionSlice(...a),
  ...createFilterSlice(...a),
  ...createReadingSlice(...a),
  ...createNoticeSlice(...a),
}));
