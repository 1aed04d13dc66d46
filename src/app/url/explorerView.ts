import type { NodeKind } from "../../model/kinds";

/** Everything a permalink carries: what is selected, filtered and being read. */
export interface ExplorerView {
  node: string | null;
  edge: string | null;
  topics: string[];
  hiddenKinds: NodeKind[];
  passage: string | null;
  articleOpen: boolean;
}

export const EMPTY_VIEW: ExplorerView = {
  node: null,
  edge: null,
  topics: [],
  hiddenKinds: [],
  passage: null,
  articleOpen: false,
};
