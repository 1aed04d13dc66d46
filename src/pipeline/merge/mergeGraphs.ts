import type { Graph, Passage, Source, Span } from "../../model/graph/schema";
import { assignIds } from "./ids";
import { clusterNodes, type Cluster } from "./clusters";
import { mergeEdges } from "./mergeEdges";
import { mergeNode } from "./mergeNode";
import type { PassageRank } from "./spans";
import { uniqueSources } from "./uniqueSources";

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * What tells a cluster apart from another of the same id: a meeting's date (the one most of its
 * members give, else when they were reported), a person's first state.
 */
function qualifier(cluster: Cluster): string | undefined {
  if (cluster.sort !== "meeting") return cluster.members.flatMap((m) => [...m.states])[0];
  const count = new Map<string, number>();
  for (const m of cluster.members)
    if (m.node.date) count.set(m.node.date, (count.get(m.node.date) ?? 0) + 1);
  let best: string | undefined;
  for (const [date, n] of count) if (best === undefined || n > (count.get(best) ?? 0)) best = date;
  return (best ?? cluster.members.find((m) => m.when)?.when)?.replace("/", "-");
}

/**
 * One graph from several: articles extracted one by one, graph files, a graph merged before. The
 * same state, body, place or topic (the same id) is one node; the same person is one node under
 * every spelling (`samePerson`); a meeting several outlets report is one meeting (the same people,
 * dates at most a day apart). Every source, passage, mention and piece of evidence is kept, and
 * where sources disagree on a label, role or date, every version with its sources.
 */
export function mergeGraphs(input: readonly Graph[]): Graph {
  const [only] = input;
  if (!only) throw new Error("no graph to merge");
  if (input.length === 1) return only;
  const graphs = uniqueSources(input);

  const sources = new Map<string, Source>();
  const passages = new Map<string, Passage>();
  for (const g of graphs) {
    for (const s of g.sources) if (!sources.has(s.id)) sources.set(s.id, s);
    for (const p of g.passages) if (!passages.has(p.id)) passages.set(p.id, p);
  }
  const order = new Map([...sources.keys()].map((id, i) => [id, i]));
  const rank: PassageRank = new Map(
    [...passages.values()].map((p) => [p.id, [order.get(p.source) ?? 0, p.number] as const]),
  );
  const sourcesOfSpans = (spans: readonly Span[]) =>
    [...new Set(spans.map((s) => passages.get(s.passage)?.source ?? ""))]
      .filter((s) => s !== "")
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const sourceDate = new Map(
    [...sources.values()].flatMap((s) => (s.date ? [[s.id, s.date] as const] : [])),
  );

  const { clusters, clusterOf } = clusterNodes(graphs, sourcesOfSpans, sourceDate);
  const ids = assignIds(clusters, qualifier);
  const nodes = clusters.map((c) => mergeNode(c, ids.get(c) ?? "x", order, rank));
  const idOf = (g: number, id: string) => {
    const c = clusterOf[g]?.get(id);
    return c ? (ids.get(c) ?? id) : id;
  };
  const edges = mergeEdges(graphs, idOf, sourcesOfSpans, order, rank);

  const all = [...sources.values()];
  return {
    schemaVersion: 2,
    title: all.length === 1 ? (only.title ?? all[0]?.title ?? "") : `${all.length} articles`,
    sources: all,
    passages: [...passages.values()],
    nodes: nodes.sort(byId),
    edges: edges.sort(byId),
  };
}
