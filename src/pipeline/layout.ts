import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";

interface LayoutNode extends SimulationNodeDatum {
  id: string;
  radius: number;
}

/**
 * Positions for every node, computed once when the graph is built so that every reader sees the same
 * picture and no force layout runs in the browser. d3-force is deterministic (it seeds its own random
 * source and places nodes on a phyllotaxis spiral in input order), so the same graph gives the same
 * positions. Each node's label length sets its room, which keeps labels from piling up.
 */
export function layoutPositions(
  nodes: readonly { id: string; label: string }[],
  edges: readonly { source: string; target: string }[],
): Map<string, { x: number; y: number }> {
  const simNodes: LayoutNode[] = nodes.map((n) => ({
    id: n.id,
    radius: 18 + Math.min(n.label.length, 30) * 3,
  }));
  const links: SimulationLinkDatum<LayoutNode>[] = edges.map((e) => ({
    source: e.source,
    target: e.target,
  }));
  const simulation = forceSimulation(simNodes)
    .force(
      "link",
      forceLink<LayoutNode, SimulationLinkDatum<LayoutNode>>(links)
        .id((n) => n.id)
        .distance(70),
    )
    .force("charge", forceManyBody().strength(-1100).distanceMax(900))
    .force(
      "collide",
      forceCollide<LayoutNode>((n) => n.radius),
    )
    // Gentle pulls to the middle keep loosely linked nodes from drifting off, and favour a landscape
    // picture, which fits desktop screens.
    .force("x", forceX(0).strength(0.04))
    .force("y", forceY(0).strength(0.07))
    .stop();
  simulation.tick(800);
  return new Map(simNodes.map((n) => [n.id, { x: Math.round(n.x ?? 0), y: Math.round(n.y ?? 0) }]));
}
