import type { GraphEdge, Graph } from "../graph/schema";
import { visibleElements, type GraphFilter, type VisibleSet } from "./filter";
import { neighbourhood } from "./neighbourhood";
import type { GraphPath } from "./paths";

export interface FocusedFilter extends GraphFilter {
  focus: string | null;
  depth: number;
}

export interface Selection {
  node: string | null;
  /** The selected node's relations: they show with it, whatever the filters hide. */
  nodeEdges: readonly GraphEdge[];
  edge: GraphEdge | undefined;
  paths: readonly GraphPath[];
}

/**
 * The filters, narrowed to the focus's neighbourhood when there is one. This is the work over the
 * whole graph; it depends on the filter inputs alone, so a click never redoes it.
 */
export function filteredElements(graph: Graph, input: FocusedFilter): VisibleSet {
  const filtered = visibleElements(graph, input);
  if (!input.focus) return filtered;
  const near = neighbourhood(graph, input.focus, input.depth, filtered.edges);
  const nodes = new Set([...filtered.nodes].filter((id) => near.nodes.has(id)));
  const edges = new Set([...filtered.edges].filter((id) => near.edges.has(id)));
  if (graph.nodes.some((n) => n.id === input.focus)) nodes.add(input.focus);
  return { nodes, edges };
}

/**
 * What the selection and the connection asked about add to a filtered picture, so that a choice is
 * never invisible and a selected node is seen with all its relations: only the few elements the
 * picture lacks.
 */
export function selectionOverlay(selection: Selection, base: VisibleSet): VisibleSet {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const show = (id: string) => {
    if (!base.nodes.has(id)) nodes.add(id);
  };
  if (selection.node) show(selection.node);
  const pathEdges = selection.paths.flatMap((path) => path.map((step) => step.edge));
  const selected = selection.edge ? [selection.edge] : [];
  for (const edge of [...selected, ...selection.nodeEdges, ...pathEdges]) {
    if (!base.edges.has(edge.id)) edges.add(edge.id);
    show(edge.source);
    show(edge.target);
  }
  return { nodes, edges };
}

/** Everything shown: the filtered picture and its overlay together. */
export function union(a: VisibleSet, b: VisibleSet): VisibleSet {
  if (b.nodes.size === 0 && b.edges.size === 0) return a;
  return { nodes: new Set([...a.nodes, ...b.nodes]), edges: new Set([...a.edges, ...b.edges]) };
}
