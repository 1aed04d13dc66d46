import type { Core } from "cytoscape";

/** Cytoscape must learn when its container changes size, or clicks land in the wrong place. */
export function attachResizeController(cy: Core, container: HTMLElement): () => void {
  const observer = new ResizeObserver(() => {
    cy.resize();
  });
  observer.observe(container);
  return () => {
    observer.disconnect();
  };
}
