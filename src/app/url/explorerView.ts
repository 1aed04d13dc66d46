import type { NodeKind } from "../../model/graph/kinds";

export type FocusDepth = 1 | 2;

/** Everything a permalink carries: what is selected, filtered, focused, connected and read. */
export interface ExplorerView {
  node: string | null;
  edge: string | null;
  topics: string[];
  hiddenKinds: NodeKind[];
  passage: string | null;
  articleOpen: boolean;
  /** Show only the neighbourhood of this node, `depth` steps out. */
  focus: string | null;
  depth: FocusDepth;
  /** Show the shortest paths between these two nodes. */
  pathFrom: string | null;
  pathTo: string | null;
}

export const EMPTY_VIEW: ExplorerView = {
  node: null,
  edge: null,
  topics: [],
  hiddenKinds: [],
  passage: null,
  articleOpen: false,
  focus: null,
  depth: 1,
  pathFrom: null,
  pathTo: null,
};
