import type { Collection, Core } from "cytoscape";
import type { GraphIndex } from "../../../model/graph/graphIndex";
import { frameView } from "../framing";
import { lookedAt, statedIn, type Looking } from "../lookedAt";
import type { CanvasDeps } from "./canvasDeps";
import type { Spotlight } from "../spotlight";

const MARKS = "selected neighbour end near";

function mark(cy: Core, index: GraphIndex, state: Looking, near: Collection | null): void {
  if (state.node && near) {
    // What lookedAt found around the node: in a large graph, relations out of the picture too.
    const node = cy.getElementById(state.node);
    node.addClass("selected");
    near.edges().addClass("neighbour");
    near.nodes().difference(node).addClass("near");
  } else if (state.edge && near) {
    near.edges().addClass("selected");
    near.nodes().addClass("end");
  } else if (state.passage) {
    // A sentence chosen on its own: what it states is marked as a selected relation is.
    const stated = statedIn(cy, index, state.passage);
    stated.edges.addClass("selected");
    stated.edges.connectedNodes().union(stated.named).addClass("end");
  }
}

const looking = (s: Looking): Looking => ({ node: s.node, edge: s.edge, passage: s.passage });
const sameLook = (a: Looking, b: Looking) =>
  a.node === b.node && a.edge === b.edge && (a.node || a.edge ? true : a.passage === b.passage);

/**
 * The view goes where the reader looks: the selection (or the sentence being read on its own) is marked, everything outside its
 * neighbourhood fades, and the camera frames the neighbourhood; clearing brings back the whole.
 * Fading all the rest is one pass over the graph when a selection starts or ends; moving from one
 * selection to the next touches only the two neighbourhoods. A large graph is not restyled at all:
 * a spotlight (spotlight.ts) veils it and draws what is looked at above the veil.
 */
export function attachSelectionController(
  { cy, store, index, reducedMotion }: Pick<CanvasDeps, "cy" | "store" | "index" | "reducedMotion">,
  /** A large graph's dimming; without one, elements are faded one by one. */
  spotlight?: Spotlight,
): () => void {
  let near: Collection | null = null;
  /** Fades what lies outside `next`, touching only what changes from `near`. */
  const fade = (next: Collection | null) => {
    if (near && next) {
      near.difference(next).addClass("faded");
      next.removeClass("faded");
    } else if (next) cy.elements().difference(next).addClass("faded");
    else if (near) cy.elements(".faded").removeClass("faded");
  };
  const show = (state: Looking, glide: boolean) => {
    const next = lookedAt(cy, index, state);
    cy.batch(() => {
      (near ?? cy.collection()).removeClass(MARKS);
      if (!spotlight) fade(next);
      mark(cy, index, state, next);
    });
    spotlight?.show(next);
    near = next;
    frameView(cy, index, state, glide);
  };
  const initial = looking(store.getState());
  if (lookedAt(cy, index, initial)) show(initial, false);
  return store.subscribe((state, previous) => {
    if (sameLook(looking(state), looking(previous))) return;
    show(looking(state), !reducedMotion());
  });
}
