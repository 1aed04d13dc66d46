import { NODE_KINDS, type NodeKind } from "../../model/kinds";
import type { GraphIndex } from "../../model/graphIndex";
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

const isKind = (value: string): value is NodeKind =>
  (NODE_KINDS as readonly string[]).includes(value);

function splitList(value: string | null): string[] {
  if (value === null) return [];
  return [
    ...new Set(
      value
        .split(",")
        .map((v) => v.trim())
        .filter((v) => v !== ""),
    ),
  ];
}

/** Reads an address's query string. Never throws: what it cannot use becomes a problem. */
export function parseView(search: string): ParsedView {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const single = (key: string): string | null => {
    const value = params.get(key)?.trim();
    return value ? value : null;
  };
  const hidden = splitList(params.get("hide"));
  const unknownKinds = hidden.filter((k) => !isKind(k));
  if (unknownKinds.length > 0) problems.push(`There is no kind called ${quoteList(unknownKinds)}.`);

  const depthText = single("depth");
  const depth = depthText === "2" ? 2 : 1;
  if (depthText !== null && depthText !== "1" && depthText !== "2") {
    problems.push(`A focus reaches 1 or 2 steps, not “${depthText}”; showing 1.`);
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
      node: single("node"),
      edge: single("edge"),
      topics: splitList(params.get("topics")),
      hiddenKinds: hidden.filter(isKind),
      passage,
      articleOpen: passage !== null || params.get("article") === "open",
      focus: single("focus"),
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
    problems.push(`This graph has no node “${node}”.`);
    node = null;
  }
  if (edge && !index.edge(edge)) {
    problems.push(`This graph has no relation “${edge}”.`);
    edge = null;
  }
  if (node && edge) {
    problems.push("A link selects a node or a relation, not both; showing the relation.");
    node = null;
  }
  let { focus, pathFrom, pathTo } = view;
  if (focus && !index.node(focus)) {
    problems.push(`This graph has no node “${focus}” to focus on.`);
    focus = null;
  }
  for (const end of [pathFrom, pathTo]) {
    if (end && !index.node(end)) problems.push(`This graph has no node “${end}” to connect.`);
  }
  if (!(pathFrom && index.node(pathFrom) && pathTo && index.node(pathTo))) pathFrom = pathTo = null;
  const isTopic = (id: string) => index.node(id)?.kind === "topic";
  const unknownTopics = view.topics.filter((t) => !isTopic(t));
  if (unknownTopics.length > 0)
    problems.push(`This graph has no topic ${quoteList(unknownTopics)}.`);
  if (passage && !index.passage(passage)) {
    problems.push(`The article has no passage “${passage}”.`);
    passage = null;
  }
  return {
    view: {
      ...view,
      node,
      edge,
      passage,
      focus,
      pathFrom,
      pathTo,
      topics: view.topics.filter(isTopic),
    },
    problems,
  };
}

function quoteList(values: readonly string[]): string {
  return values.map((v) => `“${v}”`).join(", ");
}
