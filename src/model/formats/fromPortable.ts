import {
  GraphSchema,
  type Graph,
  type GraphEdge,
  type GraphNode,
  type Passage,
  type Source,
  type Span,
} from "../graph/schema";
import {
  NODE_KINDS,
  RELATION_TYPES,
  RELATIONS,
  type NodeKind,
  type RelationType,
} from "../graph/kinds";
import { GRAPH_LIMITS } from "../graph/limits";
import { count, quoteList, truncate } from "../text/quote";
import { describedSources, type Line } from "./describedSource";
import { FormatError } from "./FormatError";
import { idMaker, slugify } from "./ids";
import type { PortableGraph, PortableSpan } from "./portable";
import { rebuildSources } from "./reconstruct";

export interface Opened {
  graph: Graph;
  /** What was changed or left out on the way in, in words for the reader. */
  notes: string[];
}

const KIND_WORDS: Record<string, NodeKind> = {
  organisation: "organization",
  country: "state",
  people: "person",
};
const EDGE_ID = /^[a-z0-9][a-z0-9._-]*$/;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/;
const oneLine = (value: string, max: number) => truncate(value.replace(/\s+/g, " ").trim(), max);

function kindOf(raw: string | undefined, unknown: Set<string>): NodeKind {
  const word = (raw ?? "").trim().toLowerCase();
  if ((NODE_KINDS as readonly string[]).includes(word)) return word as NodeKind;
  const known = KIND_WORDS[word];
  if (known) return known;
  if (word !== "") unknown.add(word);
  return "topic";
}

const typeOf = (raw: string | undefined): RelationType | undefined =>
  (RELATION_TYPES as readonly string[]).includes(raw ?? "") ? (raw as RelationType) : undefined;

/** Refuses, before any work, a graph larger than the explorer draws. */
export function checkSize(nodes: number, edges: number): void {
  if (nodes > GRAPH_LIMITS.nodes) {
    throw new FormatError(
      `it has ${count(nodes)} nodes; the explorer opens graphs of at most ${count(GRAPH_LIMITS.nodes)}`,
    );
  }
  if (edges > GRAPH_LIMITS.edges) {
    throw new FormatError(
      `it has ${count(edges)} relations; the explorer opens graphs of at most ${count(GRAPH_LIMITS.edges)}`,
    );
  }
}

/**
 * A checked graph from what a file holds. Its own sentences are kept where the file gives them;
 * what has none is described in a made-up source titled as such; kinds and relation types the
 * explorer does not know are shown as topics and as plain links, their words kept as labels.
 */
export function fromPortable(input: PortableGraph, fileName: string): Opened {
  checkSize(input.nodes.length, input.edges.length);
  if (input.nodes.length === 0) throw new FormatError("it holds no nodes");
  const notes: string[] = [];
  const sources: Source[] = [...(input.sources ?? [])];
  const passages: Passage[] = [...(input.passages ?? [])];
  const knownSources = new Set(sources.map((s) => s.id));
  const allSpans = [
    ...input.nodes.flatMap((n) => n.mentions ?? []),
    ...input.edges.flatMap((e) => e.evidence ?? []),
  ];
  const rebuilt = rebuildSources(allSpans, knownSources, fileName);
  sources.push(...rebuilt.sources);
  passages.push(...rebuilt.passages);
  const passageById = new Map(passages.map((p) => [p.id, p]));
  const texts = new Map(sources.map((s) => [s.id, s.text]));
  let dropped = 0;
  const spansOf = (spans: PortableSpan[] | undefined): Span[] =>
    (spans ?? []).flatMap((s) => {
      const p = passageById.get(s.passage);
      const ok =
        p &&
        texts.get(p.source)?.slice(s.start, s.end) === s.exact &&
        s.start >= p.start &&
        s.end <= p.end &&
        s.end > s.start;
      if (!ok) dropped++;
      return ok ? [{ start: s.start, end: s.end, exact: s.exact, passage: s.passage }] : [];
    });

  const unknownKinds = new Set<string>();
  const nodeId = idMaker(GRAPH_LIMITS.nodeId);
  const idOf = new Map<string, string>();
  const lines: Line[] = [];
  const nodes: GraphNode[] = [];
  for (const n of input.nodes) {
    if (idOf.has(n.id)) {
      notes.push(`Node ${quoteList([n.id])} is given twice; the first is kept.`);
      continue;
    }
    const label =
      oneLine(n.label ?? "", GRAPH_LIMITS.name) || oneLine(n.id, GRAPH_LIMITS.name) || "unnamed";
    const id = nodeId(n.id, label);
    idOf.set(n.id, id);
    const aliases = [
      ...new Set([label, ...(n.aliases ?? []).map((a) => oneLine(a, GRAPH_LIMITS.name))]),
    ].filter(Boolean);
    const node: GraphNode = {
      id,
      kind: kindOf(n.kind, unknownKinds),
      label,
      aliases: aliases.slice(0, GRAPH_LIMITS.aliasesPerNode),
      mentions: spansOf(n.mentions).slice(0, GRAPH_LIMITS.spansPerElement),
    };
    if (n.role) node.role = oneLine(n.role, GRAPH_LIMITS.name);
    if (n.date && DATE.test(n.date)) node.date = n.date;
    const account = n.account?.filter((p) => passageById.has(p)) ?? [];
    if (account.length > 0) node.account = account.slice(0, GRAPH_LIMITS.spansPerElement);
    if (Number.isFinite(n.x) && Number.isFinite(n.y)) node.position = { x: n.x ?? 0, y: n.y ?? 0 };
    if (node.mentions.length === 0) {
      lines.push({
        text: `${label}.`,
        mark: [0, label.length],
        claim: (s) => node.mentions.push(s),
      });
    }
    nodes.push(node);
  }

  // Nodes and relations share one space of ids (a link's `node=` or `edge=` must name one thing).
  const usedEdgeIds = new Set<string>(nodes.map((n) => n.id));
  const labelOf = new Map(nodes.map((n) => [n.id, n.label]));
  const edges: GraphEdge[] = [];
  let loose = 0;
  for (const e of input.edges) {
    const source = idOf.get(e.source);
    const target = idOf.get(e.target);
    if (source === undefined || target === undefined) {
      loose++;
      continue;
    }
    const type = typeOf(e.type) ?? "links";
    const label =
      oneLine(e.label ?? "", GRAPH_LIMITS.name) ||
      oneLine(e.type ?? "", GRAPH_LIMITS.name) ||
      RELATIONS[type].phrase;
    const given =
      e.id !== undefined && EDGE_ID.test(e.id) && e.id.length <= GRAPH_LIMITS.edgeId - 8;
    const wanted = given && e.id ? e.id : `${source}.${type}.${target}`;
    let id = wanted;
    for (let n = 2; usedEdgeIds.has(id); n++) id = `${wanted}.${n}`;
    usedEdgeIds.add(id);
    const evidence = spansOf(e.evidence).slice(0, GRAPH_LIMITS.spansPerElement);
    const edge: GraphEdge = { id, type, source, target, label, evidence };
    if (edge.evidence.length === 0) {
      const from = labelOf.get(source) ?? source;
      const text = `${from} ${label} ${labelOf.get(target) ?? target}.`;
      lines.push({ text, mark: [0, text.length - 1], claim: (s) => edge.evidence.push(s) });
    }
    edges.push(edge);
  }

  if (lines.length > 0) {
    const base = idMaker(GRAPH_LIMITS.sourceId);
    for (const s of sources) base(s.id, s.id);
    const described = describedSources(
      base(`file-${slugify(fileName, 40)}`, fileName),
      fileName,
      lines,
    );
    sources.push(...described.sources);
    passages.push(...described.passages);
  }
  if (unknownKinds.size > 0) {
    notes.push(
      `Kinds the explorer does not know (${quoteList([...unknownKinds])}) are shown as topics.`,
    );
  }
  if (loose > 0)
    notes.push(
      `${count(loose)} relation${loose === 1 ? "" : "s"} pointing at missing nodes left out.`,
    );
  if (dropped > 0)
    notes.push(
      `${count(dropped)} quote${dropped === 1 ? "" : "s"} that did not match their source left out.`,
    );

  const graph = {
    schemaVersion: 2 as const,
    title: oneLine(input.title ?? "", GRAPH_LIMITS.title) || fileName,
    sources,
    passages,
    nodes,
    edges,
  };
  const checked = GraphSchema.safeParse(graph);
  if (!checked.success) {
    const first = checked.error.issues[0];
    throw new FormatError(
      `it does not make a valid graph (${first ? `${first.path.join(".")}: ${first.message}` : "unknown problem"})`,
    );
  }
  return { graph: checked.data, notes };
}
