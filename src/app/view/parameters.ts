import type { GraphIndex } from "../../model/graph/graphIndex";
import type { DateRange } from "../../model/explore/dateFilter";
import type { TopicMatch } from "../../model/explore/filter";
import { LAYOUT_NAMES, type LayoutName } from "../../model/layout/layoutNames";
import {
  address,
  dayRange,
  flag,
  id,
  idList,
  kindList,
  oneOf,
  optional,
  relationFamilyList,
  wholeNumber,
  type Codec,
} from "./codecs";
import {
  existingEdge,
  existingNode,
  existingPassage,
  existingPublishers,
  existingSources,
  existingTopics,
} from "./resolvers";

/** One permalink parameter: its name in the address, how it is written, its default, and its check. */
export interface Parameter<T> {
  key: string;
  /** What one value is, and many, in the reader's words. */
  noun: readonly [string, string];
  codec: Codec<T>;
  fallback: T;
  /** Against the graph: what it lacks is said and dropped, the rest of the link still applies. */
  resolve?: (value: T, index: GraphIndex, say: (message: string) => void) => T;
}

const parameter = <T>(row: Parameter<T>): Parameter<T> => row;

/**
 * Every parameter a permalink may carry, in the order the address prints them: a new parameter is a
 * new row. The view's type, its defaults, printing, parsing and resolving all come from here; the
 * few rules that tie two parameters together are in viewRules.ts.
 */
export const PARAMETERS = {
  /** The graph file shown; none means the bundled default. It picks the graph, so nothing resolves it. */
  graph: parameter({
    key: "graph",
    noun: ["graph address", "graph addresses"],
    codec: address,
    fallback: null,
  }),
  node: parameter({
    key: "node",
    noun: ["node id", "node ids"],
    codec: id,
    fallback: null,
    resolve: existingNode(),
  }),
  edge: parameter({
    key: "edge",
    noun: ["relation id", "relation ids"],
    codec: id,
    fallback: null,
    resolve: existingEdge,
  }),
  topics: parameter({
    key: "topics",
    noun: ["topic", "topics"],
    codec: idList,
    fallback: [],
    resolve: existingTopics,
  }),
  /** With several topics chosen: what any of them ties, or only the meetings that raise all. */
  topicMatch: parameter<TopicMatch>({
    key: "match",
    noun: ["way to match topics", "ways to match topics"],
    codec: oneOf(
      ["any", "all"],
      (given) => `Topics match “any” or “all”, not ${given}; showing any.`,
    ),
    fallback: "any",
  }),
  hiddenKinds: parameter({
    key: "hide",
    noun: ["kind to hide", "kinds to hide"],
    codec: kindList,
    fallback: [],
  }),
  /** Families of relations switched off (their nodes stay): `setting`, `partnership`… */
  hiddenRelations: parameter({
    key: "hide-relations",
    noun: ["kind of relation to hide", "kinds of relation to hide"],
    codec: relationFamilyList,
    fallback: [],
  }),
  /** Only what at least this many sources state (the sources switched off do not count). */
  minSources: parameter({
    key: "min-sources",
    noun: ["least number of sources", "least numbers of sources"],
    codec: wholeNumber(
      99,
      (given) =>
        `“At least N sources” takes a whole number from 1 to 99, not ${given}; showing all.`,
    ),
    fallback: 1,
  }),
  /** Articles switched off, by source id. */
  hiddenSources: parameter({
    key: "hide-sources",
    noun: ["source to hide", "sources to hide"],
    codec: idList,
    fallback: [],
    resolve: existingSources,
  }),
  /** Publishers switched off, with all their articles. */
  hiddenPublishers: parameter({
    key: "hide-publishers",
    noun: ["publisher to hide", "publishers to hide"],
    codec: idList,
    fallback: [],
    resolve: existingPublishers,
  }),
  /** Events dated outside this range go, with what only they tie in: `2023-09-01..2023-09-30`. */
  dates: parameter<DateRange>({
    key: "dates",
    noun: ["range of dates", "ranges of dates"],
    codec: dayRange,
    fallback: { from: null, to: null },
  }),
  /** Show only the neighbourhood of this node, `depth` steps out. */
  focus: parameter({
    key: "focus",
    noun: ["node to focus on", "nodes to focus on"],
    codec: id,
    fallback: null,
    resolve: existingNode("to focus on"),
  }),
  depth: parameter({
    key: "depth",
    noun: ["depth", "depths"],
    codec: oneOf([1, 2], (given) => `A focus reaches 1 or 2 steps, not ${given}; showing 1.`),
    fallback: 1,
  }),
  /** Show the shortest paths between these two nodes. */
  pathFrom: parameter({
    key: "from",
    noun: ["connection end", "connection ends"],
    codec: id,
    fallback: null,
    resolve: existingNode("to connect"),
  }),
  pathTo: parameter({
    key: "to",
    noun: ["connection end", "connection ends"],
    codec: id,
    fallback: null,
    resolve: existingNode("to connect"),
  }),
  /** The sentence being read in the article. */
  passage: parameter({
    key: "passage",
    noun: ["passage id", "passage ids"],
    codec: id,
    fallback: null,
    resolve: existingPassage,
  }),
  /** How the picture is laid out; none: as the graph file draws it, else the story. */
  layout: parameter<LayoutName | null>({
    key: "layout",
    noun: ["layout", "layouts"],
    codec: optional(
      oneOf(LAYOUT_NAMES, (given) => `There is no layout called ${given}; the usual one is drawn.`),
    ),
    fallback: null,
  }),
  /** For an iframe: the canvas and the details, nothing else. */
  embed: parameter({
    key: "embed",
    noun: ["embed setting", "embed settings"],
    codec: flag("1"),
    fallback: false,
  }),
  articleOpen: parameter({
    key: "article",
    noun: ["article setting", "article settings"],
    codec: flag("open"),
    fallback: false,
  }),
};

type Parameters = typeof PARAMETERS;
export type ViewField = keyof Parameters;

/** Everything a permalink carries. */
export type ExplorerView = {
  [F in ViewField]: Parameters[F] extends Parameter<infer T> ? T : never;
};

export const VIEW_FIELDS = Object.keys(PARAMETERS) as ViewField[];

/** A view made field by field; the one place the view's shape is assembled from the table. */
export function viewFrom(value: <F extends ViewField>(field: F) => ExplorerView[F]): ExplorerView {
  const view: Partial<Record<ViewField, unknown>> = {};
  for (const field of VIEW_FIELDS) view[field] = value(field);
  // Every field was just set from `value`, which gives each its own type.
  return view as ExplorerView;
}

export const VIEW_DEFAULTS: ExplorerView = viewFrom((field) => parameterOf(field).fallback);

/** The row of a field, typed by its field. */
export function parameterOf<F extends ViewField>(field: F): Parameter<ExplorerView[F]> {
  // Each row's value type is, by construction, its field's type in ExplorerView.
  return PARAMETERS[field] as Parameter<ExplorerView[F]>;
}

/** The part of some state (the store's, say) that a permalink carries. */
export function viewOf(state: ExplorerView): ExplorerView {
  return viewFrom((field) => state[field]);
}
