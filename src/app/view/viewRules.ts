import type { ExplorerView } from "./parameters";
import { VIEW_DEFAULTS } from "./parameters";

type Say = (message: string) => void;

/** What ties parameters together, once each has been read on its own. */
export function afterParsing(view: ExplorerView, say: Say): ExplorerView {
  let next = view;
  // A depth without a focus has nothing to reach from, and is not printed back: ignored.
  if (next.focus === null) next = { ...next, depth: VIEW_DEFAULTS.depth };
  if ((next.pathFrom === null) !== (next.pathTo === null)) {
    say("A connection needs both ends (from and to); showing none.");
    next = { ...next, pathFrom: null, pathTo: null };
  }
  // Reading a passage means the article is open.
  if (next.passage !== null) next = { ...next, articleOpen: true };
  return next;
}

/** What ties parameters together, once each has been checked against the graph. */
export function afterResolving(view: ExplorerView, say: Say): ExplorerView {
  let next = view;
  if (next.node !== null && next.edge !== null) {
    say("A link selects a node or a relation, not both; showing the relation.");
    next = { ...next, node: null };
  }
  if (next.focus === null) next = { ...next, depth: VIEW_DEFAULTS.depth };
  if (next.pathFrom === null || next.pathTo === null) {
    next = { ...next, pathFrom: null, pathTo: null };
  }
  return next;
}

/** The view as the address writes it: what another parameter already implies is left out. */
export function forPrinting(view: ExplorerView): ExplorerView {
  return {
    ...view,
    depth: view.focus === null ? VIEW_DEFAULTS.depth : view.depth,
    pathFrom: view.pathTo === null ? null : view.pathFrom,
    pathTo: view.pathFrom === null ? null : view.pathTo,
    articleOpen: view.passage === null && view.articleOpen,
    // How topics match means nothing without two of them to match.
    topicMatch: view.topics.length > 1 ? view.topicMatch : VIEW_DEFAULTS.topicMatch,
  };
}
