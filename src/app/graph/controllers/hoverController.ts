import type { Core, EventObject, NodeSingular } from "cytoscape";
import { HOVER_DIM_MAX_NODES } from "../graphSize";

/**
 * Hovering a node lights its neighbourhood and dims the rest. Hover is high-frequency and
 * transient, so it lives in the engine as classes, not in the store.
 */
export function attachHoverController(cy: Core): () => void {
  // Dimming touches every element; on a large graph only the neighbourhood is lit.
  const dims = cy.nodes().length <= HOVER_DIM_MAX_NODES;
  const onOver = (event: EventObject) => {
    const node = event.target as NodeSingular;
    const near = node.closedNeighborhood();
    cy.batch(() => {
      if (dims) cy.elements().difference(near).addClass("dim");
      near.edges().addClass("lit");
    });
  };
  const onOut = () => {
    cy.batch(() => {
      cy.elements(".dim, .lit").removeClass("dim lit");
    });
  };
  cy.on("mouseover", "node", onOver);
  cy.on("mouseout", "node", onOut);
  return () => {
    cy.off("mouseover", "node", onOver);
    cy.off("mouseout", "node", onOut);
  };
}
