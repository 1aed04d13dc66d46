import { addTo } from "../../model/graph/multiMap";
import type { Graph, GraphEdge } from "../../model/graph/schema";
import { sameForm } from "./names";
import { unionSpans, type PassageRank } from "./spans";
import { claimsOf, settle } from "./versions";

/**
 * The relations of the merged graph: each input relation with its ends renamed to the merged
 * nodes' ids (`source.type.target` again), those that become one with all their evidence, and
 * their label as most sources word it, with every wording where they differ.
 */
export function mergeEdges(
  graphs: readonly Graph[],
  idOf: (graph: number, id: string) => string,
  sourcesOf: (spans: GraphEdge["evidence"]) => string[],
  order: ReadonlyMap<string, number>,
  rank: PassageRank,
): GraphEdge[] {
  const groups = new Map<string, GraphEdge[]>();
  graphs.forEach((graph, g) => {
    for (const e of graph.edges) {
      const source = idOf(g, e.source);
      const target = idOf(g, e.target);
      const id = `${source}.${e.type}.${target}`;
      addTo(groups, id, { ...e, id, source, target });
    }
  });
  return [...groups.values()].map((group) => {
    const [first] = group;
    if (!first) throw new Error("an empty group of relations");
    if (group.length === 1) return first;
    const label = settle(
      "label",
      group.flatMap((e) => claimsOf(e, "label", sourcesOf(e.evidence))),
      sameForm,
      order,
    );
    const merged: GraphEdge = {
      id: first.id,
      type: first.type,
      source: first.source,
      target: first.target,
      label: label.value ?? first.label,
      evidence: unionSpans(
        group.map((e) => e.evidence),
        rank,
      ),
    };
    return label.versions ? { ...merged, versions: label.versions } : merged;
  });
}
