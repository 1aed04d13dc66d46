import type { Box } from "../../model/layout/labelBox";

/**
 * Past this many nodes the picture is drawn by level of detail: relations are not drawn while the
 * whole graph is in view (at 5,000 nodes and 30,000 relations, stroking them took seconds a frame
 * on two cores), only those touching what is on screen once the reader zooms in.
 */
export const DETAIL_PAST_NODES = 2000;

/** The zoom from which relations are drawn: about where a relation's label could be read. */
export const RELATIONS_FROM_ZOOM = 0.35;

export function drawsByDetail(nodeCount: number): boolean {
  return nodeCount > DETAIL_PAST_NODES;
}

/** Whether relations are drawn at this zoom. */
export function relationsDrawnAt(zoom: number): boolean {
  return zoom >= RELATIONS_FROM_ZOOM;
}

/** The extent grown by a share of its size on every side, so a small pan finds its relations drawn. */
export function grown(extent: Box, share = 0.25): Box {
  const dx = (extent.x2 - extent.x1) * share;
  const dy = (extent.y2 - extent.y1) * share;
  return { x1: extent.x1 - dx, y1: extent.y1 - dy, x2: extent.x2 + dx, y2: extent.y2 + dy };
}

export const inside = (p: { x: number; y: number }, e: Box) =>
  p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2;
