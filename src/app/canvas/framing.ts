import type { CollectionArgument, Core } from "cytoscape";

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

/** Closer than this, a framed neighbourhood of one or two nodes would fill the canvas. */
const FRAME_MAX_ZOOM = 1.6;

/** Moves the camera to fit some elements (a selection and its neighbours), never too close. */
export function frameElements(cy: Core, eles: CollectionArgument, glide: boolean): void {
  if (eles.empty()) return;
  const box = eles.boundingBox();
  const width = Math.max(cy.width() - 2 * FIT_PADDING, 1);
  const height = Math.max(cy.height() - 2 * FIT_PADDING, 1);
  const zoom = Math.min(FRAME_MAX_ZOOM, width / Math.max(box.w, 1), height / Math.max(box.h, 1));
  const level = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), zoom));
  const pan = {
    x: cy.width() / 2 - level * (box.x1 + box.w / 2),
    y: cy.height() / 2 - level * (box.y1 + box.h / 2),
  };
  if (glide) cy.animate({ zoom: level, pan }, { duration: 300 });
  else cy.viewport({ zoom: level, pan });
}

/**
 * Where the camera looks for a state: a selection's neighbourhood (a node with its relations and
 * their other ends; a relation with its ends), or else everything shown.
 */
export function frameView(
  cy: Core,
  state: { node: string | null; edge: string | null },
  glide: boolean,
): void {
  const near = state.node
    ? cy.getElementById(state.node).closedNeighborhood()
    : state.edge
      ? cy.getElementById(state.edge).union(cy.getElementById(state.edge).connectedNodes())
      : cy.collection();
  const shown = near.filter(":visible");
  if (shown.nonempty()) frameElements(cy, shown, glide);
  else fitShown(cy, glide);
}
