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
import { toPortable, type PortableGraph } from "./portable";
import { attr, children, escapeXml as x, parseXml, textOf, type XmlElement } from "./xml";

const declare = (cls: string, names: readonly string[]) =>
  [
    `    <attributes class="${cls}">`,
    ...names.map((n) => `      <attribute id="${n}" title="${n}" type="string"/>`),
    "    </attributes>",
  ].join("\n");

const values = (a: Record<string, string>) =>
  Object.entries(a)
    .filter(([, v]) => v !== "")
    .map(([k, v]) => `<attvalue for="${k}" value="${x(v)}"/>`)
    .join("");

/**
 * GEXF 1.3, as Gephi reads it: every node's kind, role, date, aliases and mentions, every
 * relation's type and evidence (quote, offsets, sentence, source) as attributes; positions as viz.
 * GEXF has no place for the articles themselves: their quoted sentences are in the spans.
 */
export function writeGexf(graph: Graph): string {
  const p = toPortable(graph);
  const nodes = p.nodes.map((n) => {
    const position =
      n.x !== undefined && n.y !== undefined ? `<viz:position x="${n.x}" y="${n.y}" z="0"/>` : "";
    return `      <node id="${x(n.id)}" label="${x(n.label ?? n.id)}"><attvalues>${values(nodeAttributes(n))}</attvalues>${position}</node>`;
  });
  const edges = p.edges.map(
    (e) =>
      `      <edge id="${x(e.id ?? "")}" source="${x(e.source)}" target="${x(e.target)}" label="${x(e.label ?? "")}"><attvalues>${values(edgeAttributes(e))}</attvalues></edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta><creator>Article graph explorer</creator><description>${x(graph.title ?? graph.sources[0]?.title ?? "")}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    declare("node", NODE_ATTRIBUTES),
    declare("edge", EDGE_ATTRIBUTES),
    "    <nodes>",
    ...nodes,
    "    </nodes>",
    "    <edges>",
    ...edges,
    "    </edges>",
    "  </graph>",
    "</gexf>",
    "",
  ].join("\n");
}

/** Attribute values by their title (GEXF refers to them by id), names in lower case. */
function attributesOf(element: XmlElement, titles: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of children(element.attvalues, "attvalue")) {
    const key = attr(v, "for") ?? attr(v, "id") ?? "";
    const value = attr(v, "value");
    if (value !== undefined) out.set((titles.get(key) ?? key).toLowerCase(), value);
  }
  return out;
}

/** GEXF 1.2 or 1.3 (Gephi's own files, or ours): nodes, relations, attributes, positions. */
export function readGexf(text: string): PortableGraph {
  const doc = parseXml(text, ["node", "edge", "attribute", "attvalue", "attributes"]);
  const [root] = children(doc, "gexf");
  const [graph] = children(root, "graph");
  if (!root || !graph) throw new FormatError("it is XML but has no GEXF <gexf><graph> in it");
  const titles = new Map<string, string>();
  for (const block of children(graph, "attributes"))
    for (const a of children(block, "attribute"))
      titles.set(attr(a, "id") ?? "", attr(a, "title") ?? attr(a, "id") ?? "");
  const nodes = children(graph.nodes, "node");
  const edges = children(graph.edges, "edge");
  checkSize(nodes.length, edges.length);
  const description = textOf(
    children(root.meta, "description")[0] ??
      ((root.meta as XmlElement | undefined)?.description as string | undefined),
  );
  return {
    ...(description ? { title: description } : {}),
    nodes: nodes.map((n) => {
      const node = nodeFrom(attr(n, "id") ?? "", attr(n, "label"), attributesOf(n, titles));
      const [position] = children(n, "position");
      const px = Number(position ? attr(position, "x") : NaN);
      const py = Number(position ? attr(position, "y") : NaN);
      if (Number.isFinite(px) && Number.isFinite(py)) Object.assign(node, { x: px, y: py });
      return node;
    }),
    edges: edges.map((e) => {
      const a = attributesOf(e, titles);
      const kind = attr(e, "kind");
      if (kind && !a.has("type")) a.set("type", kind);
      const label = attr(e, "label");
      return edgeFrom(
        {
          id: attr(e, "id") ?? "",
          source: attr(e, "source") ?? "",
          target: attr(e, "target") ?? "",
          ...(label ? { label } : {}),
        },
        a,
      );
    }),
  };
}
