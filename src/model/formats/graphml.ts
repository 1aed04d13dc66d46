import type { Graph } from "../graph/schema";
import {
  EDGE_ATTRIBUTES,
  edgeAttributes,
  edgeFrom,
  NODE_ATTRIBUTES,
  nodeAttributes,
  nodeFrom,
} from "./attributes";
import { checkSize } from "./fromPortable";
import { FormatError } from "./FormatError";
import { corpusFrom } from "./corpus";
import { toPortable, type PortableGraph } from "./portable";
import { attr, children, escapeXml as x, parseXml, textOf } from "./xml";

// Key ids are unique across the file, so each carries its scope: "n-kind", "e-sources", "g-sources".
const key = (name: string, scope: "graph" | "node" | "edge", type = "string") =>
  `  <key id="${scope[0] ?? ""}-${name}" for="${scope}" attr.name="${name}" attr.type="${type}"/>`;
const data = (scope: "graph" | "node" | "edge", values: Record<string, string>) =>
  Object.entries(values)
    .filter(([, v]) => v !== "")
    .map(([k, v]) => `<data key="${scope[0] ?? ""}-${k}">${x(v)}</data>`)
    .join("");

/**
 * GraphML with every attribute (kind, role, dates, every span with its quote, offsets and source)
 * and, as graph data, the articles themselves, so the explorer reads it back whole.
 */
export function writeGraphml(graph: Graph): string {
  const p = toPortable(graph);
  const position = (n: (typeof p.nodes)[number]): Record<string, string> =>
    n.x !== undefined && n.y !== undefined ? { x: String(n.x), y: String(n.y) } : {};
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    key("title", "graph"),
    key("sources", "graph"),
    key("passages", "graph"),
    key("label", "node"),
    ...NODE_ATTRIBUTES.map((a) => key(a, "node")),
    key("x", "node", "double"),
    key("y", "node", "double"),
    key("label", "edge"),
    ...EDGE_ATTRIBUTES.map((a) => key(a, "edge")),
    '  <graph id="G" edgedefault="directed">',
    `    ${data("graph", { title: graph.title ?? "", sources: JSON.stringify(graph.sources), passages: JSON.stringify(graph.passages) })}`,
    ...p.nodes.map(
      (n) =>
        `    <node id="${x(n.id)}">${data("node", { label: n.label ?? "", ...nodeAttributes(n), ...position(n) })}</node>`,
    ),
    ...p.edges.map(
      (e) =>
        `    <edge id="${x(e.id ?? "")}" source="${x(e.source)}" target="${x(e.target)}">${data("edge", { label: e.label ?? "", ...edgeAttributes(e) })}</edge>`,
    ),
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}

/** GraphML from any tool (yEd, Cytoscape, NetworkX, ours): nodes, edges, data by attribute name. */
export function readGraphml(text: string): PortableGraph {
  const doc = parseXml(text, ["node", "edge", "key", "data", "graph"]);
  const [root] = children(doc, "graphml");
  const [graph] = children(root, "graph");
  if (!root || !graph) throw new FormatError("it is XML but has no GraphML <graphml><graph> in it");
  const names = new Map<string, string>();
  for (const k of children(root, "key"))
    names.set(attr(k, "id") ?? "", (attr(k, "attr.name") ?? attr(k, "id") ?? "").toLowerCase());
  const dataOf = (element: Record<string, unknown>) => {
    const out = new Map<string, string>();
    for (const d of children(element, "data")) {
      const id = attr(d, "key") ?? "";
      out.set(names.get(id) ?? id.toLowerCase(), textOf(d));
    }
    return out;
  };
  const nodes = children(graph, "node");
  const edges = children(graph, "edge");
  checkSize(nodes.length, edges.length);
  const g = dataOf(graph);
  const corpus = corpusFrom(g.get("sources"), g.get("passages"));
  const title = g.get("title");
  return {
    ...(title ? { title } : {}),
    ...corpus,
    nodes: nodes.map((n) => {
      const a = dataOf(n);
      const node = nodeFrom(attr(n, "id") ?? "", a.get("label") ?? a.get("name"), a);
      const px = Number(a.get("x") ?? NaN);
      const py = Number(a.get("y") ?? NaN);
      if (Number.isFinite(px) && Number.isFinite(py)) Object.assign(node, { x: px, y: py });
      return node;
    }),
    edges: edges.map((e, i) => {
      const a = dataOf(e);
      const label = a.get("label");
      return edgeFrom(
        {
          id: attr(e, "id") ?? `e${i}`,
          source: attr(e, "source") ?? "",
          target: attr(e, "target") ?? "",
          ...(label ? { label } : {}),
        },
        a,
      );
    }),
  };
}
