import type { StateCreator } from "zustand";
import type { DateRange } from "../../model/explore/dateFilter";
import type { TopicMatch } from "../../model/explore/filter";
import type { NodeKind, RelationFamily } from "../../model/graph/kinds";
import { isOpenRange } from "../../model/explore/dateFilter";
import { narrowsBySource } from "../../model/explore/sourceFilter";
import { VIEW_DEFAULTS, type ExplorerView } from "../view/parameters";
import type { ExplorerState } from "./store";

export interface FilterSlice {
  toggleTopic: (id: string) => void;
  matchTopics: (match: TopicMatch) => void;
  toggleKind: (kind: NodeKind) => void;
  toggleRelationFamily: (family: RelationFamily) => void;
  toggleSource: (sourceId: string) => void;
  togglePublisher: (publisherId: string) => void;
  requireSources: (least: number) => void;
  limitDates: (range: DateRange) => void;
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
  toggleSource: (id) => {
    set((s) => ({ hiddenSources: toggle(s.hiddenSources, id) }));
  },
  togglePublisher: (id) => {
    set((s) => ({ hiddenPublishers: toggle(s.hiddenPublishers, id) }));
  },
  requireSources: (least) => {
    set({ minSources: Math.max(1, Math.round(least)) });
  },
  limitDates: (range) => {
    set({ dates: range });
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
      minSources: VIEW_DEFAULTS.minSources,
      hiddenSources: VIEW_DEFAULTS.hiddenSources,
      hiddenPublishers: VIEW_DEFAULTS.hiddenPublishers,
      dates: VIEW_DEFAULTS.dates,
    });
  },
});

/** Whether any filter narrows the picture (for "Clear filters"). */
export function filtersOn(s: ExplorerView): boolean {
  return (
    s.topics.length > 0 ||
    s.hiddenKinds.length > 0 ||
    s.hiddenRelations.length > 0 ||
    narrowsBySource(s) ||
    !isOpenRange(s.dates)
  );
}
