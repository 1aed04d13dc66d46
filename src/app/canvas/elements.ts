import type { ElementDefinition } from "cytoscape";
import { provenanceOf } from "../../model/explore/provenance";
import { familyOf } from "../../model/graph/kinds";
import type { Graph } from "../../model/graph/schema";
import type { Positions } from "../../model/layout/layout";

/** Cytoscape elements for a graph; what is shown is later driven by classes, never by rebuilding. */
export function toElements(
  graph: Graph,
  positions: Positions,
  story: { core: ReadonlySet<string>; hub: ReadonlySet<string> } = {
    core: new Set(),
    hub: new Set(),
  },
): ElementDefinition[] {
  const { edgeSources } = provenanceOf(graph);
  return [
    ...graph.nodes.map((n): ElementDefinition => ({
      group: "nodes",
      data: { id: n.id, label: n.label, kind: n.kind },
      classes: [n.kind, story.core.has(n.id) ? "core" : "", story.hub.has(n.id) ? "hub" : ""]
        .filter(Boolean)
        .join(" "),
      position: { ...(positions.get(n.id) ?? { x: 0, y: 0 }) },
    })),
    ...graph.edges.map((e): ElementDefinition => ({
      group: "edges",
      data: { id: e.id, source: e.source, target: e.target, label: e.label, type: e.type },
      classes: [familyOf(e.type), corroboration(edgeSources.get(e.id)?.length ?? 1)]
        .filter(Boolean)
        .join(" "),
    })),
  ];
}

/** The most sources a line's width tells apart; more are drawn as many. */
export const MOST_SOURCES_DRAWN = 4;

/** A class for a relation several sources state: the line grows with each, up to four. */
function corroboration(sources: number): string {
  return sources < 2 ? "" : `corroborated-${Math.min(sources, MOST_SOURCES_DRAWN)}`;
}
