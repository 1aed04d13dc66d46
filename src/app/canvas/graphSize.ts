/**
 * Above this many nodes the canvas trades finish for speed: straight (haystack) edges without
 * arrows, labels only once zoomed in, no dimming on hover, and a cached picture while panning.
 */
export const LARGE_GRAPH_NODES = 500;

export function isLarge(nodeCount: number): boolean {
  return nodeCount > LARGE_GRAPH_NODES;
}

/** Dimming the rest on hover restyles every element; past this size only the neighbourhood is lit. */
export const HOVER_DIM_MAX_NODES = 300;
