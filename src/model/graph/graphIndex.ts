import { addTo } from "./multiMap";
import type { Graph, GraphEdge, GraphNode, Passage, Source, Span } from "./schema";

/**
 * Lookups the app needs over and over, built once per graph; plain functions, safe to hand around
 * on their own (`index.node`).
 */
export interface GraphIndex {
  graph: Graph;
  node: (id: string) => GraphNode | undefined;
  edge: (id: string) => GraphEdge | undefined;
  passage: (id: string) => Passage | undefined;
  source: (id: string) => Source | undefined;
  /** What a node is called, or its id when the graph has no such node. */
  labelOf: (nodeId: string) => string;
  /** Relations with the node at either end, in the graph's order. */
  edgesOf: (nodeId: string) => readonly GraphEdge[];
  /**
   * The node's passages in reading order: those that mention it, with the mentions, and for an event
   * the other sentences of its account, with none.
   */
  passagesAbout: (nodeId: string) => readonly { passage: Passage; spans: Span[] }[];
  /** The event whose account holds a passage, if any. */
  accountOf: (passageId: string) => GraphNode | undefined;
  /** Every mention in a passage, with the node it names. */
  mentionsIn: (passageId: string) => readonly { span: Span; nodeId: string }[];
  /** The relations a passage is evidence for. */
  edgesStatedIn: (passageId: string) => readonly GraphEdge[];
  /** A source's passages, in reading order. */
  passagesOf: (sourceId: string) => readonly Passage[];
}

export function indexGraph(graph: Graph): GraphIndex {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const edges = new Map(graph.edges.map((e) => [e.id, e]));
  const passages = new Map(graph.passages.map((p) => [p.id, p]));
  const sources = new Map(graph.sources.map((s) => [s.id, s]));
  const incident = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    for (const end of new Set([edge.source, edge.target])) addTo(incident, end, edge);
  }
  const mentionsInPassage = new Map<string, { span: Span; nodeId: string }[]>();
  for (const node of graph.nodes) {
    for (const span of node.mentions)
      addTo(mentionsInPassage, span.passage, { span, nodeId: node.id });
  }
  const stated = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    for (const passageId of new Set(edge.evidence.map((e) => e.passage))) {
      addTo(stated, passageId, edge);
    }
  }
  const bySource = new Map<string, Passage[]>();
  for (const passage of graph.passages) addTo(bySource, passage.source, passage);
  const passageOrder = new Map(graph.passages.map((p, i) => [p.id, i]));
  const accountOf = new Map<string, GraphNode>();
  for (const node of graph.nodes) for (const id of node.account ?? []) accountOf.set(id, node);

  return {
    graph,
    node: (id) => nodes.get(id),
    edge: (id) => edges.get(id),
    passage: (id) => passages.get(id),
    source: (id) => sources.get(id),
    labelOf: (id) => nodes.get(id)?.label ?? id,
    mentionsIn: (passageId) => mentionsInPassage.get(passageId) ?? [],
    edgesStatedIn: (passageId) => stated.get(passageId) ?? [],
    edgesOf: (nodeId) => incident.get(nodeId) ?? [],
    passagesOf: (sourceId) => bySource.get(sourceId) ?? [],
    accountOf: (passageId) => accountOf.get(passageId),
    passagesAbout(nodeId) {
      const node = nodes.get(nodeId);
      const groups = new Map<string, Span[]>();
      for (const span of node?.mentions ?? []) addTo(groups, span.passage, span);
      for (const id of node?.account ?? []) if (!groups.has(id)) groups.set(id, []);
      return [...groups]
        .flatMap(([id, spans]) => {
          const passage = passages.get(id);
          return passage ? [{ passage, spans }] : [];
        })
        .sort(
          (a, b) => (passageOrder.get(a.passage.id) ?? 0) - (passageOrder.get(b.passage.id) ?? 0),
        );
    },
  };
}
