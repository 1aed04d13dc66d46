import type { GraphIndex } from "../../model/graph/graphIndex";
import type { Mark } from "../../model/text/highlight";
import type { GraphEdge } from "../../model/graph/schema";

/** Marks for a relation's two ends where the sentence names them. */
export function edgeMarks(index: GraphIndex, edge: GraphEdge, passageId: string): Mark[] {
  const marksOf = (nodeId: string, tag: string) =>
    (index.node(nodeId)?.mentions ?? [])
      .filter((m) => m.passage === passageId)
      .map((m) => ({ start: m.start, end: m.end, tag }));
  return [...marksOf(edge.source, "source"), ...marksOf(edge.target, "target")];
}
