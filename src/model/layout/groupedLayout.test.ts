import { describe, expect, it } from "vitest";
import { groupNodes, hubDegree } from "./communities";
import { groupedLayout } from "./groupedLayout";
import { runLayout, type LayoutInput } from "./layout";
import { forceLayout } from "./forceLayout";
import { GROUPED_PAST_NODES, storyFallback, storyLayout } from "./storyLayout";
import { LAYOUTS } from "./strategies";

/** `clusters` stars of `size` nodes, each tied to its centre, and one hub tied to every centre. */
function stars(clusters: number, size: number, hubTies = clusters): LayoutInput {
  const nodes: LayoutInput["nodes"][number][] = [{ id: "hub", label: "Trade", kind: "topic" }];
  const edges: LayoutInput["edges"][number][] = [];
  for (let c = 0; c < clusters; c++) {
    nodes.push({ id: `c${c}`, label: `Centre ${c}`, kind: "leader" });
    if (c < hubTies) edges.push({ source: `c${c}`, target: "hub", type: "discusses" });
    for (let i = 0; i < size; i++) {
      nodes.push({ id: `c${c}-${i}`, label: `Node ${c}.${i}`, kind: "event" });
      edges.push({ source: `c${c}`, target: `c${c}-${i}`, type: "participates_in" });
    }
  }
  return { nodes, edges };
}

describe("grouping a large graph", () => {
  it("finds each star as a group, and the node tied to them all as a hub", () => {
    const input = stars(120, 6);
    expect(hubDegree(input.nodes.length)).toBeLessThan(120);
    const { groups, hubs } = groupNodes(input);
    expect(hubs).toEqual(["hub"]);
    expect(groups).toHaveLength(120);
    for (const group of groups)
      expect(new Set(group.map((id) => id.split("-")[0]))).toHaveLength(1);
  });

  it("puts every node in exactly one group or among the hubs", () => {
    const input = stars(30, 4, 10);
    const { groups, hubs } = groupNodes(input);
    const all = [...groups.flat(), ...hubs].sort();
    expect(all).toEqual(input.nodes.map((n) => n.id).sort());
  });
});

describe("the grouped layout", () => {
  it("places every node, the same for the same seed", () => {
    const input = stars(40, 5);
    const once = runLayout(input, groupedLayout, 3);
    expect(once.size).toBe(input.nodes.length);
    expect(runLayout(input, groupedLayout, 3)).toEqual(once);
  });

  it("keeps groups apart: no two groups' boxes overlap", () => {
    const input = stars(20, 8);
    const positions = runLayout(input, groupedLayout, 1);
    const boxes = groupNodes(input).groups.map((ids) => {
      const xs = ids.map((id) => positions.get(id)?.x ?? NaN);
      const ys = ids.map((id) => positions.get(id)?.y ?? NaN);
      return { x1: Math.min(...xs), x2: Math.max(...xs), y1: Math.min(...ys), y2: Math.max(...ys) };
    });
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.x2 < b.x1 || b.x2 < a.x1 || a.y2 < b.y1 || b.y2 < a.y1).toBe(true);
  });
});

describe("which layout a graph gets", () => {
  it("the story up to its size, the grouped layout past it; force when asked, at any size", () => {
    expect(LAYOUTS.story).toBe(storyLayout);
    expect(storyFallback(GROUPED_PAST_NODES)).toBe(forceLayout);
    expect(storyFallback(GROUPED_PAST_NODES + 1)).toBe(groupedLayout);
    expect(LAYOUTS.force).toBe(forceLayout);
    // The story asked for a graph past the size draws the grouped picture.
    const input = stars(300, 5);
    expect(input.nodes.length).toBeGreaterThan(GROUPED_PAST_NODES);
    expect(runLayout(input, storyLayout, 2)).toEqual(runLayout(input, groupedLayout, 2));
  });
});
