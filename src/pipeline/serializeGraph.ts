import type { Graph } from "../model/graph/schema";

/** Stable bytes: key order as built, two-space indent, one trailing newline. */
export function serializeGraph(graph: Graph): string {
  return `${JSON.stringify(graph, null, 2)}\n`;
}
