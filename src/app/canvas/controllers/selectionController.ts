import type { Collection, CollectionReturnValue, Core } from "cytoscape";
import type { ExplorerState } from "../../state/store";
import type { CanvasDeps } from "./canvasDeps";

const CLASSES = "selected neighbour end";

/** Marks the selection and returns what it marked, so the next change unmarks just that. */
function apply(cy: Core, state: Pick<ExplorerState, "node" | "edge">, marked: Collection) {
  let next = cy.collection();
  cy.batch(() => {
    marked.removeClass(CLASSES);
    if (state.node) {
      const node = cy.getElementById(state.node);
      const edges = node.connectedEdges();
      node.addClass("selected");
      edges.addClass("neighbour");
      next = node.union(edges);
    } else if (state.edge) {
      const edge = cy.getElementById(state.edge);
      const ends = edge.connectedNodes();
      edge.addClass("selected");
      ends.addClass("end");
      next = edge.union(ends);
    }
  });
  return next;
}

/** Brings a selection made elsewhere (search, the panels, a link) into view when it is not. */
function reveal(cy: Core, selected: CollectionReturnValue, reducedMotion: boolean): void {
  if (selected.empty()) return;
  const view = cy.extent();
  const box = selected.boundingBox();
  const inView = box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
  if (inView) return;
  if (reducedMotion) cy.center(selected);
  else cy.animate({ center: { eles: selected } }, { duration: 250 });
}

/** Shows the store's selection on the canvas as classes, and keeps it in view. */
export function attachSelectionController({
  cy,
  store,
  reducedMotion,
}: Pick<CanvasDeps, "cy" | "store" | "reducedMotion">): () => void {
  // Remembering what is marked spares a search of every element on each click.
  let marked = apply(cy, store.getState(), cy.collection());
  return store.subscribe((state, previous) => {
    if (state.node === previous.node && state.edge === previous.edge) return;
    marked = apply(cy, state, marked);
    const id = state.node ?? state.edge;
    if (id) reveal(cy, cy.getElementById(id), reducedMotion());
  });
}
