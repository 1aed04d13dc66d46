import type { Collection, Core } from "cytoscape";
import type { ExplorerState } from "../../state/store";
import { frameView } from "../framing";
import type { CanvasDeps } from "./canvasDeps";

const MARKS = "selected neighbour end near";

/** The selection and what lies next to it: a node with its relations and their other ends. */
function neighbourhood(cy: Core, state: Pick<ExplorerState, "node" | "edge">): Collection | null {
  if (state.node) {
    const node = cy.getElementById(state.node);
    return node.nonempty() ? node.closedNeighborhood() : null;
  }
  if (state.edge) {
    const edge = cy.getElementById(state.edge);
    return edge.nonempty() ? edge.union(edge.connectedNodes()) : null;
  }
  return null;
}

function mark(cy: Core, state: Pick<ExplorerState, "node" | "edge">): void {
  if (state.node) {
    const node = cy.getElementById(state.node);
    node.addClass("selected");
    node.connectedEdges().addClass("neighbour");
    node.neighborhood("node").addClass("near");
  } else if (state.edge) {
    const edge = cy.getElementById(state.edge);
    edge.addClass("selected");
    edge.connectedNodes().addClass("end");
  }
}

/**
 * The view goes where the reader looks: the selection is marked, everything outside its
 * neighbourhood fades, and the camera frames the neighbourhood; clearing brings back the whole.
 * Fading all the rest is one pass over the graph when a selection starts or ends; moving from one
 * selection to the next touches only the two neighbourhoods.
 */
export function attachSelectionController({
  cy,
  store,
  reducedMotion,
}: Pick<CanvasDeps, "cy" | "store" | "reducedMotion">): () => void {
  let near: Collection | null = null;
  const show = (state: ExplorerState, glide: boolean) => {
    const next = neighbourhood(cy, state);
    cy.batch(() => {
      (near ?? cy.collection()).removeClass(MARKS);
      if (near && next) {
        near.difference(next).addClass("faded");
        next.removeClass("faded");
      } else if (next) cy.elements().difference(next).addClass("faded");
      else if (near) cy.elements(".faded").removeClass("faded");
      mark(cy, state);
    });
    near = next;
    frameView(cy, state, glide);
  };
  const initial = store.getState();
  if (initial.node || initial.edge) show(initial, false);
  return store.subscribe((state, previous) => {
    if (state.node === previous.node && state.edge === previous.edge) return;
    show(state, !reducedMotion());
  });
}
