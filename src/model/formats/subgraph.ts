import type { Graph } from "../graph/schema";

/**
 * The part of a graph on screen: those nodes and the relations between them, with every source and
 * sentence kept (their offsets must still read), positions as given.
 */
export function subgraph(
  graph: Graph,
  shown: ReadonlySet<string>,
  positions?: ReadonlyMap<string, { x: number; y: number }>,
): Graph {
  const nodes = graph.nodes
    .filter((n) => shown.has(n.id))
    .map((n) => {
      const p = positions?.get(n.id);
      return p ? { ...n, position: { x: p.x, y: p.y } } : n;
    });
  const edges = graph.edges.filter((e) => shown.has(e.source) && shown.has(e.target));
  return { ...graph, nodes, edges };
}
