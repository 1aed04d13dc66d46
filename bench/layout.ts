import { forceLayout } from "../src/model/layout/forceLayout";
import { runLayout, type Point } from "../src/model/layout/layout";
import type { Draft, DraftNode } from "./draftGraph";

const GAP = 160;

/**
 * Positions, cheap and deterministic: each region (about fifty nodes, like one article) is laid out
 * on its own with the app's force layout, and the regions are set out on a grid with a gap between
 * them. Relations across regions are drawn as long lines.
 */
export function layoutDraft(draft: Draft): Map<string, Point> {
  const regions = Array.from({ length: draft.regions }, (): DraftNode[] => []);
  for (const node of draft.nodes) regions[node.region]?.push(node);
  const local = regions.map((nodes, region) =>
    runLayout(
      {
        nodes,
        edges: draft.edges
          .filter((e) => e.source.region === region && e.target.region === region)
          .map((e) => ({ source: e.source.id, target: e.target.id, type: e.type })),
      },
      forceLayout,
    ),
  );
  let radius = 0;
  for (const positions of local) {
    for (const p of positions.values()) radius = Math.max(radius, Math.hypot(p.x, p.y));
  }
  const columns = Math.ceil(Math.sqrt(draft.regions));
  const spacing = 2 * radius + GAP;
  const positions = new Map<string, Point>();
  local.forEach((region, i) => {
    const dx = (i % columns) * spacing;
    const dy = Math.floor(i / columns) * spacing;
    for (const [id, p] of region) positions.set(id, { x: p.x + dx, y: p.y + dy });
  });
  return positions;
}
