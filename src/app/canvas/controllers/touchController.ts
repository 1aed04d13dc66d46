import type { CanvasDeps } from "./canvasDeps";

interface Pinch {
  x: number;
  y: number;
  span: number;
}

const pinchOf = (touches: TouchList): Pinch | null => {
  const [a, b] = [touches[0], touches[1]];
  if (!a || !b) return null;
  return {
    x: (a.clientX + b.clientX) / 2,
    y: (a.clientY + b.clientY) / 2,
    span: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY),
  };
};

const CAPTURE = { capture: true, passive: false } as const;

/**
 * On a touch screen the page scrolls with one finger, as every page does, and the picture moves
 * with two: dragged by their midpoint, zoomed by how far apart they are.
 *
 * Cytoscape cancels a one-finger swipe that starts on a node or an edge, so the page could not
 * scroll over most of the canvas. Touches are therefore kept from Cytoscape altogether (stopped on
 * their way down, in the capture phase): the browser scrolls, and a tap reaches Cytoscape as the
 * mouse click the browser makes of it, which selects as a click does.
 */
export function attachTouchController(
  { cy }: Pick<CanvasDeps, "cy">,
  container: HTMLElement,
): () => void {
  cy.userPanningEnabled(false);
  cy.userZoomingEnabled(false);
  cy.autoungrabify(true);
  container.style.touchAction = "pan-y";
  let last: Pinch | null = null;
  const onStart = (event: TouchEvent) => {
    event.stopPropagation();
    last = event.touches.length === 2 ? pinchOf(event.touches) : null;
  };
  const onMove = (event: TouchEvent) => {
    event.stopPropagation();
    if (event.touches.length !== 2 || !last) return;
    event.preventDefault();
    const now = pinchOf(event.touches);
    if (!now) return;
    const box = container.getBoundingClientRect();
    const zoom = cy.zoom() * (last.span > 0 ? now.span / last.span : 1);
    cy.zoom({ level: zoom, renderedPosition: { x: now.x - box.left, y: now.y - box.top } });
    cy.panBy({ x: now.x - last.x, y: now.y - last.y });
    last = now;
  };
  const onEnd = (event: TouchEvent) => {
    event.stopPropagation();
    if (event.touches.length < 2) last = null;
  };
  container.addEventListener("touchstart", onStart, CAPTURE);
  container.addEventListener("touchmove", onMove, CAPTURE);
  container.addEventListener("touchend", onEnd, CAPTURE);
  container.addEventListener("touchcancel", onEnd, CAPTURE);
  return () => {
    container.removeEventListener("touchstart", onStart, CAPTURE);
    container.removeEventListener("touchmove", onMove, CAPTURE);
    container.removeEventListener("touchend", onEnd, CAPTURE);
    container.removeEventListener("touchcancel", onEnd, CAPTURE);
  };
}
