import type { StateCreator } from "zustand";
import type { TopicMatch } from "../../model/explore/filter";
import type { NodeKind, RelationFamily } from "../../model/graph/kinds";
import { VIEW_DEFAULTS } from "../view/parameters";
import type { ExplorerState } from "./store";

export interface FilterSlice {
  toggleTopic: (id: string) => void;
  matchTopics: (match: TopicMatch) => void;
  toggleKind: (kind: NodeKind) => void;
  toggleRelationFamily: (family: RelationFamily) => void;
  clearFilters: () => void;
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export const createFilterSlice: StateCreator<ExplorerState, [], [], FilterSlice> = (set) => ({
  toggleTopic: (id) => {
    set((s) => ({ topics: toggle(s.topics, id) }));
  },
  toggleKind: (kind) => {
    set((s) => ({ hiddenKinds: toggle(s.hiddenKinds, kind) }));
  },
  toggleRelationFamily: (family) => {
    set((s) => ({ hiddenRelations: toggle(s.hiddenRelations, family) }));
  },
  matchTopics: (match) => {
    set({ topicMatch: match });
  },
  clearFilters: () => {
    set({
      topics: VIEW_DEFAULTS.topics,
      topicMatch: VIEW_DEFAULTS.topicMatch,
      hiddenKinds: VIEW_DEFAULTS.hiddenKinds,
      hiddenRelations: VIEW_DEFAULTS.hiddenRelations,
    });
  },
});
