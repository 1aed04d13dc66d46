import type { CollectionReturnValue, Core } from "cytoscape";
import { prefersReducedMotion } from "../../prefersReducedMotion";
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

/** Brings a selection made elsewhere (search, the panels, a link) into view when it is not. */
function reveal(cy: Core, selected: CollectionReturnValue): void {
  if (selected.empty()) return;
  const view = cy.extent();
  const box = selected.boundingBox();
  const inView = box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
  if (inView) return;
  if (prefersReducedMotion()) cy.center(selected);
  else cy.animate({ center: { eles: selected } }, { duration: 250 });
}

/** Shows the store's selection on the canvas as classes, and keeps it in view. */
export function attachSelectionController(cy: Core): () => void {
  apply(cy, useExplorer.getState());
  return useExplorer.subscribe((state, previous) => {
    if (state.node === previous.node && state.edge === previous.edge) return;
    apply(cy, state);
    const id = state.node ?? state.edge;
    if (id) reveal(cy, cy.getElementById(id));
  });
}
