import type { StateCreator } from "zustand";
import type { DateRange } from "../../model/explore/dateFilter";
import type { TopicMatch } from "../../model/explore/filter";
import type { NodeKind, RelationFamily } from "../../model/graph/kinds";
import { isOpenRange } from "../../model/explore/dateFilter";
import { narrowsBySource } from "../../model/explore/sourceFilter";
import { VIEW_DEFAULTS, type ExplorerView, type ViewField } from "../view/parameters";
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

/**
 * The fields of the view the filters set, in one list: what "Clear filters" resets, what the
 * filtered picture is worked out from (and redone when one changes).
 */
export const FILTER_FIELDS = [
  "topics",
  "topicMatch",
  "hiddenKinds",
  "hiddenRelations",
  "minSources",
  "hiddenSources",
  "hiddenPublishers",
  "dates",
] as const satisfies readonly ViewField[];

export type ViewFilters = Pick<ExplorerView, (typeof FILTER_FIELDS)[number]>;

/** The filters of a view (or of the store's state). */
export function filtersOf(view: ExplorerView): ViewFilters {
  // Built field by field from the list, so each field carries its own type.
  return Object.fromEntries(FILTER_FIELDS.map((f) => [f, view[f]])) as ViewFilters;
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
    set(filtersOf(VIEW_DEFAULTS));
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
