import type { Graph, GraphEdge } from "../graph/schema";
import { addTo } from "../graph/multiMap";

export interface PathStep {
  edge: GraphEdge;
  /** The step is walked from `from` to `to`, which may be against the relation's direction. */
  from: string;
  to: string;
}

export type GraphPath = PathStep[];

/**
 * All shortest paths between two nodes (relations read both ways), at most `limit` of them, in a
 * stable order. A relation from a node to itself never shortens a path, so it is skipped. No path,
 * or the same node twice, gives none.
 */
export function shortestPaths(graph: Graph, from: string, to: string, limit = 10): GraphPath[] {
  const ids = new Set(graph.nodes.map((n) => n.id));
  if (from === to || !ids.has(from) || !ids.has(to)) return [];

  const adjacent = new Map<string, PathStep[]>();
  for (const edge of graph.edges) {
    if (edge.source === edge.target) continue;
    for (const [a, b] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      addTo(adjacent, a, { edge, from: a, to: b });
    }
  }

  // Breadth-first from the start, remembering every step that reaches a node at its shortest distance.
  const distance = new Map([[from, 0]]);
  const arrivals = new Map<string, PathStep[]>();
  let frontier = [from];
  while (frontier.length > 0 && !distance.has(to)) {
    const next: string[] = [];
    for (const node of frontier) {
      const d = distance.get(node) ?? 0;
      for (const step of adjacent.get(node) ?? []) {
        const known = distance.get(step.to);
        if (known === undefined) {
          distance.set(step.to, d + 1);
          next.push(step.to);
        }
        if (known === undefined || known === d + 1) {
          addTo(arrivals, step.to, step);
        }
      }
    }
    frontier = next;
  }
  if (!distance.has(to)) return [];

  // Walk back from the end along those steps to spell out each path.
  const paths: GraphPath[] = [];
  const walk = (node: string, suffix: GraphPath) => {
    if (paths.length >= limit) return;
    if (node === from) {
      paths.push(suffix);
      return;
    }
    for (const step of arrivals.get(node) ?? []) walk(step.from, [step, ...suffix]);
  };
  walk(to, []);
  return paths;
}
