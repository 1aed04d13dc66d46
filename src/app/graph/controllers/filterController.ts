import type { Core } from "cytoscape";
import type { GraphIndex } from "../../../model/graphIndex";
import { visibleElements } from "../../../model/filter";
import { prefersReducedMotion } from "../../prefersReducedMotion";
import { useExplorer, type ExplorerState } from "../../state/store";

const PADDING = 30;

function apply(cy: Core, index: GraphIndex, state: ExplorerState, animate: boolean): void {
  const visible = visibleElements(index.graph, state);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.toggleClass("hidden", !visible.nodes.has(node.id()));
    });
    cy.edges().forEach((edge) => {
      edge.toggleClass("hidden", !visible.edges.has(edge.id()));
    });
  });
  // Filtering hides rather than fades (the positions stay, so the picture keeps its shape), then
  // frames what is left.
  const shown = cy.elements(":visible");
  if (shown.empty()) return;
  if (animate && !prefersReducedMotion()) {
    cy.animate({ fit: { eles: shown, padding: PADDING } }, { duration: 250 });
  } else {
    cy.fit(shown, PADDING);
  }
}

/** Applies the topic and kind filters as classes, and keeps what is left in view. */
export function attachFilterController(cy: Core, index: GraphIndex): () => void {
  apply(cy, index, useExplorer.getState(), false);
  return useExplorer.subscribe((state, previous) => {
    if (state.topics !== previous.topics || state.hiddenKinds !== previous.hiddenKinds) {
      apply(cy, index, state, true);
    }
  });
}
