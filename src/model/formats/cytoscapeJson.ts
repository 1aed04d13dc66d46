import type { Graph } from "../graph/schema";
import { corpusFrom } from "./corpus";
import { checkSize } from "./fromPortable";
import { FormatError } from "./FormatError";
import {
  toPortable,
  type PortableEdge,
  type PortableGraph,
  type PortableNode,
  type PortableSpan,
} from "./portable";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown) =>
  typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;

/**
 * What `cy.json()` gives, readable by Cytoscape.js (`cy.json(file)`) and Cytoscape desktop: element
 * data carries every attribute; the graph's `data` carries the articles, so it reads back whole.
 */
export function writeCytoscapeJson(graph: Graph): string {
  const p = toPortable(graph);
  const file = {
    format_version: "1.0",
    generated_by: "article-graph-explorer",
    target_cytoscapejs_version: "~3.34",
    data: {
      name: graph.title ?? graph.sources[0]?.title ?? "graph",
      sources: graph.sources,
      passages: graph.passages,
    },
    elements: {
      nodes: p.nodes.map(({ x, y, ...data }) => ({
        data: { ...data, name: data.label },
        ...(x !== undefined && y !== undefined ? { position: { x, y } } : {}),
      })),
      edges: p.edges.map((data) => ({ data: { ...data, interaction: data.type } })),
    },
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

const spans = (v: unknown): PortableSpan[] | undefined =>
  Array.isArray(v)
    ? v.filter((s): s is PortableSpan => isObject(s) && typeof s.exact === "string")
    : undefined;

function node(data: Json, position: unknown): PortableNode {
  const n: PortableNode = { id: str(data.id) ?? "" };
  const label = str(data.label) ?? str(data.name);
  if (label !== undefined) n.label = label;
  const kind = str(data.kind) ?? str(data.type);
  if (kind) n.kind = kind;
  const role = str(data.role);
  if (role) n.role = role;
  const date = str(data.date);
  if (date) n.date = date;
  if (Array.isArray(data.aliases))
    n.aliases = data.aliases.filter((a): a is string => typeof a === "string");
  const mentions = spans(data.mentions);
  if (mentions) n.mentions = mentions;
  if (Array.isArray(data.account))
    n.account = data.account.filter((a): a is string => typeof a === "string");
  if (isObject(position) && typeof position.x === "number" && typeof position.y === "number") {
    n.x = position.x;
    n.y = position.y;
  }
  return n;
}

function edge(data: Json): PortableEdge {
  const e: PortableEdge = { source: str(data.source) ?? "", target: str(data.target) ?? "" };
  const id = str(data.id);
  if (id) e.id = id;
  const type = str(data.type) ?? str(data.interaction);
  if (type) e.type = type;
  const label = str(data.label) ?? str(data.name);
  if (label) e.label = label;
  const evidence = spans(data.evidence);
  if (evidence) e.evidence = evidence;
  return e;
}

/** Is this JSON Cytoscape's: `{ elements: {nodes, edges} }`, `{ elements: [...] }` or `[...]`? */
export function isCytoscapeJson(value: unknown): boolean {
  return Array.isArray(value) || (isObject(value) && "elements" in value);
}

/** `cy.json()` output, Cytoscape desktop's export, or a plain array of elements. */
export function readCytoscapeJson(value: unknown): PortableGraph {
  const elements = Array.isArray(value) ? value : isObject(value) ? value.elements : undefined;
  let list: unknown[];
  if (Array.isArray(elements)) list = elements;
  else if (isObject(elements)) {
    const nodes: unknown[] = Array.isArray(elements.nodes) ? elements.nodes : [];
    const edges: unknown[] = Array.isArray(elements.edges) ? elements.edges : [];
    list = [
      ...nodes.map((n) => (isObject(n) ? { group: "nodes", ...n } : n)),
      ...edges.map((e) => (isObject(e) ? { group: "edges", ...e } : e)),
    ];
  } else throw new FormatError("it is JSON but has no Cytoscape elements in it");
  const nodes: PortableNode[] = [];
  const edges: PortableEdge[] = [];
  for (const element of list) {
    if (!isObject(element) || !isObject(element.data)) continue;
    const isEdge =
      element.group === "edges" ||
      (element.group === undefined && "source" in element.data && "target" in element.data);
    if (isEdge) edges.push(edge(element.data));
    else nodes.push(node(element.data, element.position));
  }
  checkSize(nodes.length, edges.length);
  const data = isObject(value) && isObject(value.data) ? value.data : {};
  const title = str(data.name) ?? str(data.title);
  return { ...(title ? { title } : {}), ...corpusFrom(data.sources, data.passages), nodes, edges };
}
