import { NODE_KINDS, type NodeKind } from "../../model/graph/kinds";
import type { GraphIndex } from "../../model/graph/graphIndex";
import { count, quote, quoteList } from "../../model/text/quote";
import { EMPTY_VIEW, type ExplorerView } from "./explorerView";

/**
 * The address as a view of the explorer's state: `?node=tokayev&topics=trade,logistics&passage=s7`.
 * Readable, stable order, nothing printed for defaults.
 */
export function printView(view: ExplorerView): string {
  const params: [string, string][] = [];
  const list = (ids: readonly string[]) => ids.map(encodeURIComponent).join(",");
  if (view.node) params.push(["node", encodeURIComponent(view.node)]);
  if (view.edge) params.push(["edge", encodeURIComponent(view.edge)]);
  if (view.topics.length > 0) params.push(["topics", list(view.topics)]);
  if (view.hiddenKinds.length > 0) params.push(["hide", list(view.hiddenKinds)]);
  if (view.focus) params.push(["focus", encodeURIComponent(view.focus)]);
  if (view.focus && view.depth !== 1) params.push(["depth", String(view.depth)]);
  if (view.pathFrom && view.pathTo) {
    params.push(["from", encodeURIComponent(view.pathFrom)]);
    params.push(["to", encodeURIComponent(view.pathTo)]);
  }
  if (view.passage) params.push(["passage", encodeURIComponent(view.passage)]);
  if (view.articleOpen && !view.passage) params.push(["article", "open"]);
  return params.length === 0 ? "" : `?${params.map(([k, v]) => `${k}=${v}`).join("&")}`;
}

export interface ParsedView {
  view: ExplorerView;
  /** What the address asked for that cannot be used, in words for the reader. */
  problems: string[];
}

/** How much of an address is read: longer ids cannot be in a graph, longer lists are not meant. */
export const ADDRESS_LIMITS = { value: 200, listItems: 50 } as const;

/** Every parameter a permalink may carry. */
export const PARAMETERS = [
  "node",
  "edge",
  "topics",
  "hide",
  "focus",
  "depth",
  "from",
  "to",
  "passage",
  "article",
] as const;
type Parameter = (typeof PARAMETERS)[number];

/** What one value of each parameter is, in the reader's words (one, many). */
const NOUNS: Record<Parameter, [string, string]> = {
  node: ["node id", "node ids"],
  edge: ["relation id", "relation ids"],
  topics: ["topic", "topics"],
  hide: ["kind to hide", "kinds to hide"],
  focus: ["node to focus on", "nodes to focus on"],
  depth: ["depth", "depths"],
  from: ["connection end", "connection ends"],
  to: ["connection end", "connection ends"],
  passage: ["passage id", "passage ids"],
  article: ["article setting", "article settings"],
};

const isKind = (value: string): value is NodeKind =>
  (NODE_KINDS as readonly string[]).includes(value);

/** NFC and without surrounding spaces: "é" typed either way is one id. */
const clean = (value: string) => value.normalize("NFC").trim();

/**
 * Reads an address's query string. Never throws: what it cannot use becomes a problem. A repeated
 * parameter counts once (the first), an empty one is ignored, an over-long value or list is cut.
 */
export function parseView(search: string): ParsedView {
  const params = new URLSearchParams(search);
  const problems: string[] = [];

  const repeated = PARAMETERS.filter((key) => params.getAll(key).length > 1);
  if (repeated.length > 0) {
    problems.push(
      `The link gives ${quoteList(repeated, PARAMETERS.length)} more than once; the first ${
        repeated.length === 1 ? "one" : "of each"
      } applies.`,
    );
  }
  const tooLong = (key: Parameter, length: number) => {
    problems.push(
      `A ${NOUNS[key][0]} in the link has ${count(length)} characters, too many for an id; it is ignored.`,
    );
  };
  const single = (key: Parameter): string | null => {
    const value = clean(params.get(key) ?? "");
    if (value === "") return null;
    if (value.length > ADDRESS_LIMITS.value) {
      tooLong(key, value.length);
      return null;
    }
    return value;
  };
  const list = (key: Parameter): string[] => {
    const items = new Set<string>();
    let longest = 0;
    for (const raw of (params.get(key) ?? "").split(",")) {
      const item = clean(raw);
      if (item.length > ADDRESS_LIMITS.value) longest = Math.max(longest, item.length);
      else if (item !== "") items.add(item);
    }
    if (longest > 0) tooLong(key, longest);
    if (items.size > ADDRESS_LIMITS.listItems) {
      problems.push(
        `The link lists ${count(items.size)} ${NOUNS[key][1]}; only the first ${ADDRESS_LIMITS.listItems} are read.`,
      );
    }
    return [...items].slice(0, ADDRESS_LIMITS.listItems);
  };

  // Read in the order the address prints them, so the problems come in that order too.
  const node = single("node");
  const edge = single("edge");
  const topics = list("topics");
  const hidden = list("hide");
  const unknownKinds = hidden.filter((k) => !isKind(k));
  if (unknownKinds.length > 0) problems.push(`There is no kind called ${quoteList(unknownKinds)}.`);

  const focus = single("focus");
  const depthText = single("depth");
  // A depth without a focus has nothing to reach from, and is not printed back: ignored.
  const depth = focus !== null && depthText === "2" ? 2 : 1;
  if (focus !== null && depthText !== null && depthText !== "1" && depthText !== "2") {
    problems.push(`A focus reaches 1 or 2 steps, not ${quote(depthText, 20)}; showing 1.`);
  }
  let pathFrom = single("from");
  let pathTo = single("to");
  if ((pathFrom === null) !== (pathTo === null)) {
    problems.push("A connection needs both ends (from and to); showing none.");
    pathFrom = pathTo = null;
  }
  const passage = single("passage");
  return {
    view: {
      ...EMPTY_VIEW,
      node,
      edge,
      topics,
      hiddenKinds: hidden.filter(isKind),
      passage,
      articleOpen: passage !== null || params.get("article") === "open",
      focus,
      depth,
      pathFrom,
      pathTo,
    },
    problems,
  };
}

/** Drops the ids this graph does not have, saying which, so the rest of the link still applies. */
export function resolveView(parsed: ParsedView, index: GraphIndex): ParsedView {
  const { view } = parsed;
  const problems = [...parsed.problems];
  let { node, edge, passage } = view;
  if (node && !index.node(node)) {
    problems.push(`This graph has no node ${quote(node)}.`);
    node = null;
  }
  if (edge && !index.edge(edge)) {
    problems.push(`This graph has no relation ${quote(edge)}.`);
    edge = null;
  }
  if (node && edge) {
    problems.push("A link selects a node or a relation, not both; showing the relation.");
    node = null;
  }
  let { focus, depth, pathFrom, pathTo } = view;
  if (focus && !index.node(focus)) {
    problems.push(`This graph has no node ${quote(focus)} to focus on.`);
    focus = null;
    depth = 1;
  }
  for (const end of [pathFrom, pathTo]) {
    if (end && !index.node(end)) problems.push(`This graph has no node ${quote(end)} to connect.`);
  }
  if (!(pathFrom && index.node(pathFrom) && pathTo && index.node(pathTo))) pathFrom = pathTo = null;
  const isTopic = (id: string) => index.node(id)?.kind === "topic";
  const unknownTopics = view.topics.filter((t) => !isTopic(t));
  if (unknownTopics.length > 0)
    problems.push(`This graph has no topic ${quoteList(unknownTopics)}.`);
  if (passage) {
    const found = findPassage(index, passage);
    if (!found) problems.push(`The article has no passage ${quote(passage)}.`);
    passage = found ?? null;
  }
  return {
    view: {
      ...view,
      node,
      edge,
      passage,
      focus,
      depth,
      pathFrom,
      pathTo,
      topics: view.topics.filter(isTopic),
    },
    problems,
  };
}

/**
 * A passage by its id; in a graph of one source, also by its number alone ("s12"), as links made
 * before passages were qualified by their source wrote it.
 */
function findPassage(index: GraphIndex, id: string): string | undefined {
  if (index.passage(id)) return id;
  const [only, ...others] = index.graph.sources;
  if (!only || others.length > 0 || !/^s[1-9][0-9]*$/.test(id)) return undefined;
  return index.passage(`${only.id}.${id}`)?.id;
}
