import type { Core, EventObject, SingularElementArgument } from "cytoscape";
import { useExplorer } from "../../state/store";

/** Clicks on the canvas select a node or a relation; a click on empty canvas clears. */
export function attachTapController(cy: Core): () => void {
  const onNode = (event: EventObject) => {
    useExplorer.getState().selectNode((event.target as SingularElementArgument).id());
  };
  const onEdge = (event: EventObject) => {
    useExplorer.getState().selectEdge((event.target as SingularElementArgument).id());
  };
  const onBackground = (event: EventObject) => {
    if (event.target === cy) useExplorer.getState().clearSelection();
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
