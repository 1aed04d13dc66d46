import type { ExplorerState } from "../state/store";
import type { ExplorerView } from "./explorerView";

/** The part of the explorer's state that a permalink carries. */
export function viewOfState(s: ExplorerState): ExplorerView {
  return {
    node: s.node,
    edge: s.edge,
    topics: s.topics,
    hiddenKinds: s.hiddenKinds,
    passage: s.passage,
    articleOpen: s.articleOpen,
    focus: s.focus,
    depth: s.depth,
    pathFrom: s.pathFrom,
    pathTo: s.pathTo,
  };
}
