import type { ElementDefinition } from "cytoscape";
import { provenanceOf } from "../../model/explore/provenance";
import { familyOf } from "../../model/graph/kinds";
import { corroborationClass } from "./corroboration";
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
      classes: [familyOf(e.type), corroborationClass(edgeSources.get(e.id)?.length ?? 1)]
        .filter(Boolean)
        .join(" "),
    })),
  ];
}
