import { visibleElements, type GraphFilter, type VisibleSet } from "./filter";
import { neighbourhood } from "./neighbourhood";
import type { GraphPath } from "./paths";
import type { Graph } from "../graph/schema";

export interface ShownInput extends GraphFilter {
  focus: string | null;
  depth: number;
  node: string | null;
  edge: string | null;
  paths: readonly GraphPath[];
}

/**
 * What the canvas shows: the filters, narrowed to the focus's neighbourhood when there is one, and
 * always what the reader has selected or asked to connect, so that a choice is never invisible.
 */
export function shownElements(graph: Graph, input: ShownInput): VisibleSet {
  const filtered = visibleElements(graph, input);
  const nodes = new Set(filtered.nodes);
  const edges = new Set(filtered.edges);
  if (input.focus) {
    const near = neighbourhood(graph, input.focus, input.depth, filtered.edges);
    for (const id of nodes) if (!near.nodes.has(id)) nodes.delete(id);
    for (const id of edges) if (!near.edges.has(id)) edges.delete(id);
    nodes.add(input.focus);
  }
  if (input.node) nodes.add(input.node);
  const selectedEdge = input.edge ? graph.edges.find((e) => e.id === input.edge) : undefined;
  const pathEdges = input.paths.flatMap((path) => path.map((step) => step.edge));
  for (const edge of selectedEdge ? [selectedEdge, ...pathEdges] : pathEdges) {
    edges.add(edge.id);
    nodes.add(edge.source);
    nodes.add(edge.target);
  }
  return { nodes, edges };
}
