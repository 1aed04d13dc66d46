import type { Core } from "cytoscape";
import type { VisibleSet } from "../../../model/explore/filter";
import type { GraphIndex } from "../../../model/graph/graphIndex";
import { shownFor } from "../../derived";
import { prefersReducedMotion } from "../../prefersReducedMotion";
import { useExplorer, type ExplorerState } from "../../state/store";

const PADDING = 30;

/** Hides and shows only the elements whose membership changed, in one batch. */
function apply(cy: Core, index: GraphIndex, shown: VisibleSet, before: VisibleSet | null): void {
  cy.batch(() => {
    for (const { id } of index.graph.nodes) {
      const now = shown.nodes.has(id);
      if (now !== (before ? before.nodes.has(id) : true)) {
        cy.getElementById(id).toggleClass("hidden", !now);
      }
    }
    for (const { id } of index.graph.edges) {
      const now = shown.edges.has(id);
      if (now !== (before ? before.edges.has(id) : true)) {
        cy.getElementById(id).toggleClass("hidden", !now);
      }
    }
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

/**
 * Shows what the filters, the focus, the selection and the connection leave in view, as classes;
 * filtering hides rather than fades (positions stay, so the picture keeps its shape), and a change
 * of filter, focus or connection frames what is left.
 */
export function attachVisibilityController(cy: Core, index: GraphIndex): () => void {
  // Every element starts shown.
  let current = shownFor(index, useExplorer.getState());
  apply(cy, index, current, null);
  frame(cy, false);
  return useExplorer.subscribe((state, previous) => {
    const next = shownFor(index, state);
    if (next === current) return;
    apply(cy, index, next, current);
    current = next;
    if (framing.some((key) => state[key] !== previous[key])) frame(cy, true);
  });
}
