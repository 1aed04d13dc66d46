import type { Core } from "cytoscape";
import { useExplorer, type ExplorerState } from "../../state/store";

const CLASSES = "selected neighbour end";

function apply(cy: Core, state: Pick<ExplorerState, "node" | "edge">): void {
  cy.batch(() => {
    cy.elements(".selected, .neighbour, .end").removeClass(CLASSES);
    if (state.node) {
      const node = cy.getElementById(state.node);
      node.addClass("selected");
      node.connectedEdges().addClass("neighbour");
    } else if (state.edge) {
      const edge = cy.getElementById(state.edge);
      edge.addClass("selected");
      edge.connectedNodes().addClass("end");
    }
  });
}

/** Shows the store's selection on the canvas as classes. */
export function attachSelectionController(cy: Core): () => void {
  apply(cy, useExplorer.getState());
  return useExplorer.subscribe((state, previous) => {
    if (state.node !== previous.node || state.edge !== previous.edge) apply(cy, state);
  });
}
