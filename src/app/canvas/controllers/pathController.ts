import type { Core } from "cytoscape";
import type { GraphIndex } from "../../../model/graph/graphIndex";
import { pathsOf } from "../../state/derived";
import type { ExplorerState } from "../../state/store";
import type { CanvasDeps } from "./canvasDeps";
import { everyElement, holdRelations } from "../presence";

function apply(cy: Core, index: GraphIndex, state: ExplorerState): void {
  const paths = pathsOf(index, state);
  const ids = new Set(
    paths.flatMap((path) => path.flatMap((s) => [s.edge.id, s.edge.source, s.edge.target])),
  );
  // Held in a large graph's picture whatever its level of detail; every element is marked, those
  // out of the picture too, so that they come back marked as the rest is (presence.ts).
  holdRelations(
    cy,
    "path",
    paths.flatMap((path) => path.map((s) => s.edge.id)),
  );
  const elements = everyElement(cy);
  cy.batch(() => {
    elements.filter(".on-path, .off-path").removeClass("on-path off-path");
    if (ids.size === 0) return;
    elements.forEach((element) => {
      element.addClass(ids.has(element.id()) ? "on-path" : "off-path");
    });
  });
}

/** Draws the connection being asked about: its paths stand out, the rest steps back. */
export function attachPathController({
  cy,
  store,
  index,
}: Pick<CanvasDeps, "cy" | "store" | "index">): () => void {
  apply(cy, index, store.getState());
  return store.subscribe((state, previous) => {
    if (state.pathFrom !== previous.pathFrom || state.pathTo !== previous.pathTo) {
      apply(cy, index, state);
    }
  });
}
