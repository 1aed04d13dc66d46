import type { Collection, Core, EdgeCollection, NodeCollection } from "cytoscape";
import { elementOf, keepsEveryElement, relationsShown, shownByFilters } from "./presence";
import type { GraphIndex } from "../../model/graph/graphIndex";

/** What the reader has chosen to look at. */
export interface Looking {
  node: string | null;
  edge: string | null;
  passage: string | null;
}

/**
 * What the reader is looking at, on the canvas: a node with its relations and their other ends; a
 * relation with its ends; or, when a sentence alone is chosen, what it states (its relations and
 * their ends) and whom it names. Null when nothing is chosen.
 */
export function lookedAt(cy: Core, index: GraphIndex, looking: Looking): Collection | null {
  if (looking.node) {
    const node = cy.getElementById(looking.node);
    if (node.empty()) return null;
    // A large graph's picture may hold none of the node's relations (presence.ts): they are found
    // among the elements it keeps, not brought back into it, which would cost Cytoscape a pass
    // over every element; what is looked at is drawn above the veil by the spotlight.
    if (!keepsEveryElement(cy)) return node.closedNeighborhood();
    const relations = relationsShown(cy, node);
    return node.union(relations).union(relations.connectedNodes());
  }
  if (looking.edge) {
    const edge = elementOf(cy, looking.edge);
    return edge.nonempty() && edge.isEdge() && shownByFilters(edge)
      ? edge.union(edge.connectedNodes())
      : null;
  }
  if (looking.passage) {
    const stated = statedIn(cy, index, looking.passage);
    const found = stated.edges.union(stated.edges.connectedNodes()).union(stated.named);
    return found.nonempty() ? found : null;
  }
  return null;
}

/** The relations a sentence states and the nodes it names, as drawn. */
export function statedIn(
  cy: Core,
  index: GraphIndex,
  passage: string,
): { edges: EdgeCollection; named: NodeCollection } {
  const edges = cy.collection();
  for (const edge of index.edgesStatedIn(passage)) edges.merge(elementOf(cy, edge.id));
  const named = cy.collection();
  for (const mention of index.mentionsIn(passage)) named.merge(cy.getElementById(mention.nodeId));
  return { edges: edges.edges(), named: named.nodes() };
}
