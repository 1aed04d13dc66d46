import type { GraphIndex } from "../../model/graph/graphIndex";
import type { VisibleSet } from "../../model/explore/filter";
import { shortestPaths, type GraphPath } from "../../model/explore/paths";
import { filteredElements, selectionOverlay, union } from "../../model/explore/shownElements";
import { FILTER_FIELDS, filtersOf } from "./filterSlice";
import type { ExplorerState } from "./store";

/** What the filtered picture depends on: the filters and the focus, never the selection. */
export const FILTERED_BY = [...FILTER_FIELDS, "focus", "depth"] as const;

/** Remembers the last answer, for values read by several parts on the same state. */
function lastValue<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args) => {
    if (last?.args.length === args.length && last.args.every((a, i) => a === args[i])) {
      return last.result;
    }
    last = { args, result: compute(...args) };
    return last.result;
  };
}

function derivations(index: GraphIndex) {
  const paths = lastValue((from: string | null, to: string | null): GraphPath[] =>
    from && to ? shortestPaths(index.graph, from, to) : [],
  );
  let lastFiltered: { state: ExplorerState; result: VisibleSet } | undefined;
  const filtered = (s: ExplorerState): VisibleSet => {
    const last = lastFiltered;
    if (last && FILTERED_BY.every((f) => last.state[f] === s[f])) return last.result;
    const result = filteredElements(index.graph, {
      ...filtersOf(s),
      focus: s.focus,
      depth: s.depth,
    });
    lastFiltered = { state: s, result };
    return result;
  };
  const overlay = lastValue(
    (base: VisibleSet, node: string | null, edge: string | null, found: GraphPath[]) =>
      selectionOverlay(
        {
          node,
          nodeEdges: node ? index.edgesOf(node) : [],
          edge: edge ? index.edge(edge) : undefined,
          paths: found,
        },
        base,
      ),
  );
  return { paths, filtered, overlay, shown: lastValue(union) };
}

const cache = new WeakMap<GraphIndex, ReturnType<typeof derivations>>();
function derivedOf(index: GraphIndex) {
  let found = cache.get(index);
  if (!found) cache.set(index, (found = derivations(index)));
  return found;
}

/** The shortest paths of the connection being asked about. */
export function pathsOf(index: GraphIndex, s: Pick<ExplorerState, "pathFrom" | "pathTo">) {
  return derivedOf(index).paths(s.pathFrom, s.pathTo);
}

/**
 * What the filters and the focus leave: work over the whole graph, redone only when one of them
 * changes, never on a click.
 */
export function filteredFor(index: GraphIndex, s: ExplorerState): VisibleSet {
  return derivedOf(index).filtered(s);
}

/** What the selection and the connection add on top: a handful of elements. */
export function overlayFor(index: GraphIndex, s: ExplorerState): VisibleSet {
  return derivedOf(index).overlay(filteredFor(index, s), s.node, s.edge, pathsOf(index, s));
}

/** Everything the canvas shows. */
export function shownFor(index: GraphIndex, s: ExplorerState): VisibleSet {
  return derivedOf(index).shown(filteredFor(index, s), overlayFor(index, s));
}

/** How many nodes and relations are shown, without building the union. */
export function shownCounts(index: GraphIndex, s: ExplorerState): { nodes: number; edges: number } {
  const base = filteredFor(index, s);
  const extra = overlayFor(index, s);
  return { nodes: base.nodes.size + extra.nodes.size, edges: base.edges.size + extra.edges.size };
}
