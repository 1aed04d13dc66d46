import { frameView } from "../framing";
import type { CanvasDeps } from "./canvasDeps";

/**
 * Cytoscape must learn when its container changes size, or clicks land in the wrong place. Until
 * the reader pans or zooms by hand, the camera also frames again what it was framing (the selection
 * or the whole), so nothing is left cut off.
 */
export function attachResizeController(
  { cy, store, index }: Pick<CanvasDeps, "cy" | "store" | "index">,
  container: HTMLElement,
): () => void {
  let movedByHand = false;
  const onHand = () => {
    movedByHand = true;
  };
  // The observer also reports the size it starts with; only a real change needs work.
  let width = container.clientWidth;
  let height = container.clientHeight;
  const observer = new ResizeObserver(() => {
    if (container.clientWidth === width && container.clientHeight === height) return;
    width = container.clientWidth;
    height = container.clientHeight;
    cy.resize();
    if (!movedByHand) frameView(cy, index, store.getState(), false);
  });
  observer.observe(container);
  cy.on("dragpan pinchzoom scrollzoom", onHand);
  return () => {
    observer.disconnect();
    cy.off("dragpan pinchzoom scrollzoom", onHand);
  };
}
