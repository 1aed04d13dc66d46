import type { Graph, GraphEdge, GraphNode, Span } from "../../model/graph/schema";

const byStart = (a: Span, b: Span) =>
  a.passage === b.passage ? a.start - b.start : a.passage < b.passage ? -1 : 1;
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function unionSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const seen = new Map(a.map((s) => [`${s.passage}:${s.start}:${s.end}`, s]));
  for (const s of b) seen.set(`${s.passage}:${s.start}:${s.end}`, s);
  return [...seen.values()].sort(byStart);
}

/**
 * Several articles' graphs side by side in one graph of several sources. Nodes with the same id
 * (the same state, the same leader, the same topic) become one, their mentions and aliases united;
 * relations with the same id unite their evidence. Meetings are never merged this way: a meeting id
 * found in two articles ("meeting-iran") is qualified by its source. No evidence is lost.
 */
export function combineGraphs(graphs: readonly Graph[]): Graph {
  const first = graphs[0];
  if (!first) throw new Error("no graph to combine");
  if (graphs.length === 1) return first;
  const meetingIds = new Map<string, number>();
  for (const g of graphs)
    for (const n of g.nodes)
      if (n.role === "bilateral meeting") meetingIds.set(n.id, (meetingIds.get(n.id) ?? 0) + 1);

  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const g of graphs) {
    const sourceId = g.sources[0]?.id ?? "source";
    const rename = (id: string) =>
      (meetingIds.get(id) ?? 0) > 1 ? `${sourceId}-${id}`.slice(0, 100) : id;
    for (const n of g.nodes) {
      const id = rename(n.id);
      const known = nodes.get(id);
      if (!known) {
        nodes.set(id, { ...n, id });
        continue;
      }
      const aliases = [...new Set([...known.aliases, ...n.aliases])].slice(0, 50);
      const account =
        known.account || n.account ? [...(known.account ?? []), ...(n.account ?? [])] : undefined;
      nodes.set(id, {
        ...known,
        aliases,
        mentions: unionSpans(known.mentions, n.mentions),
        ...(account ? { account } : {}),
      });
    }
    for (const e of g.edges) {
      const source = rename(e.source);
      const target = rename(e.target);
      const id = `${source}.${e.type}.${target}`;
      const known = edges.get(id);
      edges.set(
        id,
        known
          ? { ...known, evidence: unionSpans(known.evidence, e.evidence) }
          : { ...e, id, source, target },
      );
    }
  }
  return {
    schemaVersion: 2,
    title: `${graphs.length} articles`,
    sources: graphs.flatMap((g) => g.sources),
    passages: graphs.flatMap((g) => g.passages),
    nodes: [...nodes.values()].sort(byId),
    edges: [...edges.values()].sort(byId),
  };
}
