import type { Core } from "cytoscape";
import type { GraphIndex } from "../../../model/graphIndex";
import { shownFor } from "../../derived";
import { prefersReducedMotion } from "../../prefersReducedMotion";
import { useExplorer, type ExplorerState } from "../../state/store";

const PADDING = 30;

function apply(cy: Core, index: GraphIndex, state: ExplorerState): void {
  const shown = shownFor(index, state);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.toggleClass("hidden", !shown.nodes.has(node.id()));
    });
    cy.edges().forEach((edge) => {
      edge.toggleClass("hidden", !shown.edges.has(edge.id()));
    });
  });
}

function frame(cy: Core, animate: boolean): void {
  const shown = cy.elements(":visible");
  if (shown.empty()) return;
  if (animate && !prefersReducedMotion()) {
    cy.animate({ fit: { eles: shown, padding: PADDING } }, { duration: 250 });
  } else {
    cy.fit(shown, PADDING);
  }
}

const framing: (keyof ExplorerState)[] = [
  "topics",
  "hiddenKinds",
  "focus",
  "depth",
  "pathFrom",
  "pathTo",
];
const showing: (keyof ExplorerState)[] = [...framing, "node", "edge"];

/**
 * Shows what the filters, the focus, the selection and the connection leave in view, as classes;
 * filtering hides rather than fades (positions stay, so the picture keeps its shape), and a change
 * of filter, focus or connection frames what is left.
 */
export function attachVisibilityController(cy: Core, index: GraphIndex): () => void {
  apply(cy, index, useExplorer.getState());
  frame(cy, false);
  return useExplorer.subscribe((state, previous) => {
    const changed = (key: keyof ExplorerState) => state[key] !== previous[key];
    if (!showing.some(changed)) return;
    apply(cy, index, state);
    if (framing.some(changed)) frame(cy, true);
  });
}
