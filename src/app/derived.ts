import type { VisibleSet } from "../model/explore/filter";
import type { GraphIndex } from "../model/graph/graphIndex";
import { shortestPaths, type GraphPath } from "../model/explore/paths";
import { shownElements } from "../model/explore/shownElements";
import type { ExplorerState } from "./state/store";

/** Remembers the last answer, for derived values read by several parts on the same state. */
function lastValue<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R | undefined;
  return (...args) => {
    if (lastArgs?.length === args.length && lastArgs.every((a, i) => a === args[i])) {
      return lastResult as R;
    }
    lastArgs = args;
    lastResult = compute(...args);
    return lastResult;
  };
}

export const pathsOf = lastValue(
  (index: GraphIndex, from: string | null, to: string | null): GraphPath[] =>
    from && to ? shortestPaths(index.graph, from, to) : [],
);

const shown = lastValue(
  (
    index: GraphIndex,
    topics: string[],
    hiddenKinds: ExplorerState["hiddenKinds"],
    focus: string | null,
    depth: number,
    node: string | null,
    edge: string | null,
    paths: GraphPath[],
  ): VisibleSet =>
    shownElements(index.graph, { topics, hiddenKinds, focus, depth, node, edge, paths }),
);

/** What the canvas shows for this state. */
export function shownFor(index: GraphIndex, s: ExplorerState): VisibleSet {
  const paths = pathsOf(index, s.pathFrom, s.pathTo);
  return shown(index, s.topics, s.hiddenKinds, s.focus, s.depth, s.node, s.edge, paths);
}
