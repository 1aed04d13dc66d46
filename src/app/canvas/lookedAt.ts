import type { Collection, Core, EdgeCollection, NodeCollection } from "cytoscape";
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
    return node.nonempty() ? node.closedNeighborhood() : null;
  }
  if (looking.edge) {
    const edge = cy.getElementById(looking.edge);
    return edge.nonempty() ? edge.union(edge.connectedNodes()) : null;
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
  for (const edge of index.edgesStatedIn(passage)) edges.merge(cy.getElementById(edge.id));
  const named = cy.collection();
  for (const mention of index.mentionsIn(passage)) named.merge(cy.getElementById(mention.nodeId));
  return { edges: edges.edges(), named: named.nodes() };
}
