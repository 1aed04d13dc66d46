import type { Core } from "cytoscape";
import { drawsByDetail, grown, inside, relationsDrawnAt } from "../levelOfDetail";
import { drawRelationsOf, leaveOutRelations } from "../presence";

/** How long the camera must rest before relations are drawn where it looks. */
const SETTLE_MS = 120;

/**
 * Level of detail for a large graph: when the camera rests zoomed in, the relations touching a node
 * on screen (or just off it) are drawn; zoomed out again, they are left out, so the overview draws
 * nodes alone, unless the filters leave too few nodes for that to matter. Relations come into the
 * picture and leave it (presence.ts); none is restyled.
 */
export function attachDetailController(cy: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  const update = () => {
    timer = undefined;
    // A picture the filters left with few nodes draws all their relations, however far out.
    const few = !drawsByDetail(cy.nodes().length);
    if (!few && !relationsDrawnAt(cy.zoom())) {
      leaveOutRelations(cy);
      return;
    }
    const around = grown(cy.extent());
    drawRelationsOf(cy, few ? cy.nodes() : cy.nodes().filter((n) => inside(n.position(), around)));
  };
  // After the rest, and after the next frame is painted: a filter's or a selection's own picture
  // is never held back by this restyle.
  // A move while a frame is awaited cancels it too, so that one rest runs one update.
  const afterNextFrame = () => {
    timer = undefined;
    frame = requestAnimationFrame(() => {
      frame = undefined;
      timer = setTimeout(update, 0);
    });
  };
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
    timer = frame = undefined;
  };
  const schedule = () => {
    cancel();
    timer = setTimeout(afterNextFrame, SETTLE_MS);
  };
  cy.on("viewport", schedule);
  schedule();
  return () => {
    cy.off("viewport", schedule);
    cancel();
  };
}
