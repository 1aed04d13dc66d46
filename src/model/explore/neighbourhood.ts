import type { Graph } from "../graph/schema";

export interface Neighbourhood {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * The nodes within `depth` steps of a node (relations read both ways), and the relations among
 * them. Only relations in `allowed` are walked and kept, so a filter still applies.
 */
export function neighbourhood(
  graph: Graph,
  centre: string,
  depth: number,
  allowed: ReadonlySet<string> = new Set(graph.edges.map((e) => e.id)),
): Neighbourhood {
  const usable = graph.edges.filter((e) => allowed.has(e.id));
  const nodes = new Set<string>(graph.nodes.some((n) => n.id === centre) ? [centre] : []);
  let frontier = [...nodes];
  for (let step = 0; step < depth && frontier.length > 0; step += 1) {
    const next: string[] = [];
    const onFrontier = new Set(frontier);
    for (const edge of usable) {
      for (const [from, to] of [
        [edge.source, edge.target],
        [edge.target, edge.source],
      ] as const) {
        if (onFrontier.has(from) && !nodes.has(to)) {
          nodes.add(to);
          next.push(to);
        }
      }
    }
    frontier = next;
  }
  const edges = new Set(
    usable.filter((e) => nodes.has(e.source) && nodes.has(e.target)).map((e) => e.id),
  );
  return { nodes, edges };
}
