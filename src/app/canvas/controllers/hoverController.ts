import type { Collection, EventObject, NodeSingular } from "cytoscape";
import { HOVER_DIM_MAX_NODES } from "../graphSize";
import type { CanvasDeps } from "./canvasDeps";

/**
 * Hovering a node lights its neighbourhood and dims the rest. Hover is high-frequency and
 * transient, so it lives in the engine as classes, not in the store.
 */
export function attachHoverController({ cy }: Pick<CanvasDeps, "cy">): () => void {
  // Dimming touches every element; on a large graph only the neighbourhood is lit.
  const dims = cy.nodes().length <= HOVER_DIM_MAX_NODES;
  // What the last hover marked, so that leaving a node unmarks just that, without a search.
  let dimmed: Collection = cy.collection();
  let lit: Collection = cy.collection();
  const onOver = (event: EventObject) => {
    const node = event.target as NodeSingular;
    const near = node.closedNeighborhood();
    cy.batch(() => {
      if (dims) dimmed = cy.elements().difference(near).addClass("dim");
      lit = near.filter("edge").addClass("lit");
    });
  };
  const onOut = () => {
    cy.batch(() => {
      dimmed.removeClass("dim");
      lit.removeClass("lit");
    });
    dimmed = cy.collection();
    lit = cy.collection();
  };
  cy.on("mouseover", "node", onOver);
  cy.on("mouseout", "node", onOut);
  return () => {
    cy.off("mouseover", "node", onOver);
    cy.off("mouseout", "node", onOut);
  };
}
