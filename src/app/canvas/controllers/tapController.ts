import type { EventObject, SingularElementArgument } from "cytoscape";
import type { CanvasDeps } from "./canvasDeps";

/** Clicks on the canvas select a node or a relation; a click on empty canvas clears. */
export function attachTapController({ cy, store }: Pick<CanvasDeps, "cy" | "store">): () => void {
  const onNode = (event: EventObject) => {
    store.getState().selectNode((event.target as SingularElementArgument).id());
  };
  const onEdge = (event: EventObject) => {
    store.getState().selectEdge((event.target as SingularElementArgument).id());
  };
  const onBackground = (event: EventObject) => {
    if (event.target === cy) store.getState().clearSelection();
  };
  cy.on("tap", "node", onNode);
  cy.on("tap", "edge", onEdge);
  cy.on("tap", onBackground);
  return () => {
    cy.off("tap", "node", onNode);
    cy.off("tap", "edge", onEdge);
    cy.off("tap", onBackground);
  };
}
