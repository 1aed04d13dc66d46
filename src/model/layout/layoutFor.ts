import { groupedLayout } from "./groupedLayout";
import type { LayoutStrategy } from "./layout";
import { LAYOUTS, type LayoutName } from "./strategies";

/**
 * Past this many nodes the story layout gives way to the grouped one: a story of thousands of
 * meetings has no single host to put at its centre, and it takes tens of seconds (11 s at 5,000
 * nodes in Node) where the grouped layout takes two. A force layout asked for by name still runs.
 */
export const STORY_MAX_NODES = 1500;

/** The strategy that lays out a graph of `nodeCount` nodes when the reader asks for `name`. */
export function layoutFor(name: LayoutName, nodeCount: number): LayoutStrategy {
  return name === "story" && nodeCount > STORY_MAX_NODES ? groupedLayout : LAYOUTS[name];
}
