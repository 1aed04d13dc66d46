import type { GraphIndex } from "../../model/graph/graphIndex";
import { lookedAt, type Looking } from "./lookedAt";
import type { CollectionArgument, Core } from "cytoscape";
import { LABEL_FONT } from "../../model/layout/labelBox";
import { keepsEveryElement, shownByFilters } from "./presence";

/** Room around the picture when it is fitted: enough for the controls over the canvas. */
export const FIT_PADDING = 30;

/** The smallest label size, in CSS pixels, that a first look may show. */
export const READABLE_PX = 11;

/**
 * Room for the labels around the nodes' own box, in layout units: labels hang below their node and
 * reach out to either side. Measuring the nodes alone keeps every framing the same whichever labels
 * happen to be drawn at the moment (namingController leaves some out when zoomed out).
 */
const LABEL_ROOM = { side: 70, top: 12, bottom: 58 } as const;

interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

/**
 * Past this many elements, and in any large graph's picture, a box is taken from the nodes' centres:
 * Cytoscape's own takes seconds at 15,000 elements, and routes every relation just brought into
 * the picture first (7 ms of a click at 5,000 nodes).
 */
const BY_CENTRES_PAST = 2000;
/** Half the largest node's width, so that a box of centres holds the nodes drawn around them. */
const NODE_HALF = 20;

function centresBox(eles: CollectionArgument) {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  eles.nodes().forEach((node) => {
    const { x, y } = node.position();
    [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  });
  if (x1 > x2) return { x1: 0, y1: 0, w: 0, h: 0 };
  return {
    x1: x1 - NODE_HALF,
    y1: y1 - NODE_HALF,
    w: x2 - x1 + 2 * NODE_HALF,
    h: y2 - y1 + 2 * NODE_HALF,
  };
}

function boxOf(cy: Core, eles: CollectionArgument): Box {
  const b =
    eles.length > BY_CENTRES_PAST || keepsEveryElement(cy)
      ? centresBox(eles)
      : eles.boundingBox({ includeLabels: false, includeOverlays: false });
  return {
    x1: b.x1 - LABEL_ROOM.side,
    y1: b.y1 - LABEL_ROOM.top,
    w: b.w + 2 * LABEL_ROOM.side,
    h: b.h + LABEL_ROOM.top + LABEL_ROOM.bottom,
  };
}

/** The zoom at which a box fills the canvas, within the padding. */
function zoomFor(cy: Core, box: Box): number {
  const width = Math.max(cy.width() - 2 * FIT_PADDING, 1);
  const height = Math.max(cy.height() - 2 * FIT_PADDING, 1);
  return Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1));
}

/**
 * Whether a camera move asked to glide does: a large picture (one that keeps its elements,
 * presence.ts) jumps, since gliding it would be drawn again at every step. Every camera move of this
 * module asks here, whoever calls it.
 */
const glides = (cy: Core, glide: boolean) => glide && !keepsEveryElement(cy);

const GLIDE_MS = 250;
/** The share of a glide taken at once: one frame of it. */
const FIRST_STEP = 1000 / 60 / GLIDE_MS;

/** Puts a box in the middle of the canvas at a zoom, gliding or at once. */
function look(cy: Core, box: Box, zoom: number, glide: boolean): void {
  const level = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), zoom));
  const pan = {
    x: cy.width() / 2 - level * (box.x1 + box.w / 2),
    y: cy.height() / 2 - level * (box.y1 + box.h / 2),
  };
  if (!glides(cy, glide)) {
    cy.viewport({ zoom: level, pan });
    return;
  }
  // Cytoscape takes an animation's first step a frame later; taken here, the picture that shows a
  // choice already moves towards it. (A glide under way is followed, not cut into.)
  if (!cy.animated()) {
    const [from, at] = [cy.pan(), cy.zoom()];
    const step = (a: number, b: number) => a + (b - a) * FIRST_STEP;
    cy.viewport({
      zoom: step(at, level),
      pan: { x: step(from.x, pan.x), y: step(from.y, pan.y) },
    });
  }
  cy.animate({ zoom: level, pan }, { duration: GLIDE_MS * (1 - FIRST_STEP) });
}

/**
 * The overview: everything shown, fitted to the canvas; but where that would name the story's core
 * (host, meetings, counterparts) in letters too small to read, as on a phone, the core alone, and if
 * even that is too wide, the host and the meetings: the rest named as the reader zooms in.
 */
export function fitShown(cy: Core, glide: boolean): void {
  const shown = cy.elements(":visible");
  if (shown.empty()) return;
  const readable = (eles: CollectionArgument) =>
    eles.nonempty() && zoomFor(cy, boxOf(cy, eles)) * LABEL_FONT.core >= READABLE_PX;
  const core = cy.nodes(".core:visible");
  const hub = cy.nodes(".hub:visible");
  const target =
    readable(shown) || core.empty() ? shown : readable(core) || hub.empty() ? core : hub;
  const box = boxOf(cy, target);
  look(cy, box, zoomFor(cy, box), glide);
}

/** Zooms about the middle of the canvas by `factor`. */
export function zoomBy(cy: Core, factor: number, glide: boolean): void {
  const level = cy.zoom() * factor;
  const renderedPosition = { x: cy.width() / 2, y: cy.height() / 2 };
  if (glides(cy, glide)) cy.animate({ zoom: { level, renderedPosition } }, { duration: 150 });
  else cy.zoom({ level, renderedPosition });
}

/** One press of a zoom key or button. */
export const ZOOM_STEP = 1.25;

/** Closer than this, a framed neighbourhood of one or two nodes would fill the canvas. */
const FRAME_MAX_ZOOM = 1.6;

/** Moves the camera to fit some elements (a selection and its neighbours), never too close. */
export function frameElements(cy: Core, eles: CollectionArgument, glide: boolean): void {
  if (eles.empty()) return;
  const box = boxOf(cy, eles);
  look(cy, box, Math.min(FRAME_MAX_ZOOM, zoomFor(cy, box)), glide);
}

/**
 * Where the camera looks for a state: what the reader is looking at (lookedAt.ts), or else
 * everything shown.
 */
export function frameView(cy: Core, index: GraphIndex, state: Looking, glide: boolean): void {
  const shown = (lookedAt(cy, index, state) ?? cy.collection()).filter(shownByFilters);
  if (shown.nonempty()) frameElements(cy, shown, glide);
  else fitShown(cy, glide);
}
