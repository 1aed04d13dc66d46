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
import type { Draft } from "./draftGraph";

interface LayoutNode extends SimulationNodeDatum {
  id: string;
}

const TICKS = 60;
const GAP = 160;

/**
 * Positions, cheap and deterministic: each region (about fifty nodes, like one article) gets a short
 * d3-force run of its own relations (d3-force seeds its own randomness), and the regions are set out
 * on a grid with a gap between them. Relations across regions are drawn as long lines.
 */
export function layoutDraft(draft: Draft): Map<string, { x: number; y: number }> {
  const regionNodes = Array.from({ length: draft.regions }, (): LayoutNode[] => []);
  const regionLinks = Array.from(
    { length: draft.regions },
    (): SimulationLinkDatum<LayoutNode>[] => [],
  );
  for (const node of draft.nodes) regionNodes[node.region]?.push({ id: node.id });
  for (const edge of draft.edges) {
    if (edge.source.region !== edge.target.region) continue;
    regionLinks[edge.source.region]?.push({ source: edge.source.id, target: edge.target.id });
  }

  let radius = 0;
  regionNodes.forEach((nodes, region) => {
    forceSimulation(nodes)
      // Cool down within the few ticks we run.
      .alphaDecay(1 - Math.pow(0.001, 1 / TICKS))
      .force(
        "link",
        forceLink<LayoutNode, SimulationLinkDatum<LayoutNode>>(regionLinks[region] ?? [])
          .id((n) => n.id)
          .distance(60),
      )
      .force("charge", forceManyBody().strength(-260).distanceMax(500))
      .force("collide", forceCollide(26))
      .force("x", forceX(0).strength(0.06))
      .force("y", forceY(0).strength(0.06))
      .stop()
      .tick(TICKS);
    for (const n of nodes) radius = Math.max(radius, Math.hypot(n.x ?? 0, n.y ?? 0));
  });

  const columns = Math.ceil(Math.sqrt(draft.regions));
  const spacing = 2 * radius + GAP;
  const positions = new Map<string, { x: number; y: number }>();
  regionNodes.forEach((nodes, region) => {
    const dx = (region % columns) * spacing;
    const dy = Math.floor(region / columns) * spacing;
    for (const n of nodes) {
      positions.set(n.id, { x: Math.round((n.x ?? 0) + dx), y: Math.round((n.y ?? 0) + dy) });
    }
  });
  return positions;
}
