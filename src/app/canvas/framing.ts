import type { Core } from "cytoscape";

/** Room around the picture when it is fitted: enough for the controls over the canvas. */
export const FIT_PADDING = 45;

/** Fits what is shown into the canvas: gliding, unless motion is unwanted. */
export function fitShown(cy: Core, glide: boolean): void {
  const shown = cy.elements(":visible");
  if (shown.empty()) return;
  if (glide) cy.animate({ fit: { eles: shown, padding: FIT_PADDING } }, { duration: 250 });
  else cy.fit(shown, FIT_PADDING);
}

/** Zooms about the middle of the canvas by `factor`. */
export function zoomBy(cy: Core, factor: number, glide: boolean): void {
  const level = cy.zoom() * factor;
  const renderedPosition = { x: cy.width() / 2, y: cy.height() / 2 };
  if (glide) cy.animate({ zoom: { level, renderedPosition } }, { duration: 150 });
  else cy.zoom({ level, renderedPosition });
}

/** One press of a zoom key or button. */
export const ZOOM_STEP = 1.25;
