import type { Core } from "cytoscape";
import { LABEL_FONT } from "../../../model/layout/labelBox";
import { READABLE_PX } from "../framing";
import type { CanvasDeps } from "./canvasDeps";

/**
 * Level of detail: below the zoom at which the rest of the graph would be named in letters too small
 * to read, only the story's core keeps its names; the rest are named again as the reader zooms in.
 * (Cytoscape's own min-zoomed-font-size rounds the zoom to powers of two, too coarse for this.)
 * Only a crossing of that zoom restyles anything.
 */
export function attachNamingController({ cy }: Pick<CanvasDeps, "cy">): () => void {
  let named: boolean | undefined;
  const update = (instance: Core) => {
    const now = instance.zoom() * LABEL_FONT.rest >= READABLE_PX;
    if (now === named) return;
    named = now;
    instance.batch(() => {
      instance.nodes().not(".core").toggleClass("unnamed", !now);
    });
  };
  const onZoom = () => {
    update(cy);
  };
  update(cy);
  cy.on("zoom", onZoom);
  return () => {
    cy.off("zoom", onZoom);
  };
}
