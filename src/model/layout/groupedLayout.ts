import { groupNodes } from "./communities";
import { forceLayout } from "./forceLayout";
import type { LayoutInput, LayoutRun, LayoutStrategy, Point } from "./layout";

/** Steps of the force layout inside one group: enough for a hundred nodes to part. */
const STEPS_A_GROUP = 50;
/** Room between groups, in layout units. */
const GUTTER = 160;
/** The picture's shape the groups are packed into: a landscape screen's. */
const ASPECT = 1.6;

interface Placed {
  positions: Map<string, Point>;
  box: { x1: number; y1: number; w: number; h: number };
}

function boxOf(positions: ReadonlyMap<string, Point>) {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of positions.values()) {
    [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  }
  return { x1, y1, w: x2 - x1, h: y2 - y1 };
}

/** Lays out one group alone, with the seeded force layout and few steps. */
function placeGroup(group: LayoutInput, seed: number): Placed {
  const run = forceLayout.start(group, seed);
  run.step(Math.min(run.total, STEPS_A_GROUP));
  const positions = new Map(run.positions());
  return { positions, box: boxOf(positions) };
}

/** Each group's own nodes and the relations inside it, in one pass over the graph. */
function splitInput(input: LayoutInput, groups: readonly string[][]): LayoutInput[] {
  const groupOf = new Map<string, number>();
  groups.forEach((ids, g) => {
    for (const id of ids) groupOf.set(id, g);
  });
  const parts = groups.map(() => ({
    nodes: [] as LayoutInput["nodes"][number][],
    edges: [] as LayoutInput["edges"][number][],
  }));
  for (const n of input.nodes) {
    const g = groupOf.get(n.id);
    if (g !== undefined) parts[g]?.nodes.push(n);
  }
  for (const e of input.edges) {
    const g = groupOf.get(e.source);
    if (g !== undefined && g === groupOf.get(e.target)) parts[g]?.edges.push(e);
  }
  return parts;
}

/**
 * Rows of groups, largest first, each row as wide as a landscape picture of their total area: a
 * shelf packing, which keeps every group whole and apart.
 */
function pack(placed: readonly Placed[]): Map<string, Point> {
  const area = placed.reduce((sum, p) => sum + (p.box.w + GUTTER) * (p.box.h + GUTTER), 0);
  const rowWidth = Math.sqrt(area * ASPECT);
  const out = new Map<string, Point>();
  let [x, y, rowHeight] = [0, 0, 0];
  for (const p of placed) {
    if (x > 0 && x + p.box.w > rowWidth) [x, y, rowHeight] = [0, y + rowHeight + GUTTER, 0];
    for (const [id, at] of p.positions)
      out.set(id, { x: Math.round(at.x - p.box.x1 + x), y: Math.round(at.y - p.box.y1 + y) });
    x += p.box.w + GUTTER;
    rowHeight = Math.max(rowHeight, p.box.h);
  }
  return out;
}

/**
 * A layout for graphs too large for the story or a whole-graph force layout to finish in seconds:
 * the graph is cut into groups (communities.ts; in a corpus of readouts, a host's meetings with
 * their counterparts and projects), each group is laid out alone by the force layout, the groups
 * are packed in rows, and the hubs (topics, agencies: tied to every group) are drawn above the
 * rows, in the order of the input. Linear in the graph but for the small force layouts.
 */
export const groupedLayout: LayoutStrategy = {
  name: "grouped",
  start(input: LayoutInput, seed: number): LayoutRun {
    const { groups, hubs } = groupNodes(input);
    const parts = splitInput(input, groups);
    const placed: Placed[] = [];
    const total = groups.length + 1;
    let result = new Map<string, Point>();
    const finish = () => {
      result = pack(placed);
      const width = Math.max(...[...result.values()].map((p) => p.x), 0);
      const step = hubs.length > 1 ? width / (hubs.length - 1) : 0;
      // The hubs in a band above the groups, spread across their width.
      hubs.forEach((id, i) =>
        result.set(id, { x: Math.round(i * step), y: -2 * GUTTER - (i % 2) * 60 }),
      );
    };
    return {
      total,
      step(steps) {
        for (let s = 0; s < steps && placed.length < groups.length; s++) {
          const part = parts[placed.length] ?? { nodes: [], edges: [] };
          placed.push(placeGroup(part, seed + placed.length));
        }
        if (placed.length === groups.length && result.size === 0) finish();
        return placed.length + (result.size > 0 ? 1 : 0);
      },
      positions: () => result,
    };
  },
};
