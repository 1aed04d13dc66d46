import { describe, expect, it } from "vitest";
import graphJson from "../../../data/graph.json";
import { GraphSchema } from "../graph/schema";
import { countCrossings, segmentsCross } from "./crossings";
import { footprint } from "./labelBox";
import { mulberry32 } from "./random";
import { storyGeometry } from "./storyGeometry";

const seed = GraphSchema.parse(graphJson);

describe("counting crossings", () => {
  it("counts two relations that cross, not two that meet at an end or pass within a unit of it", () => {
    const o = { x: 0, y: 0 };
    expect(
      segmentsCross({ x: -10, y: 0 }, { x: 10, y: 0 }, { x: 0, y: -10 }, { x: 0, y: 10 }),
    ).toBe(true);
    expect(segmentsCross(o, { x: 10, y: 0 }, o, { x: 0, y: 10 })).toBe(false);
    // The host's relation to a counterpart, drawn through their meeting, rounded to whole units.
    expect(segmentsCross(o, { x: 220, y: 303 }, { x: 135, y: 186 }, { x: 0, y: 300 })).toBe(false);
    expect(segmentsCross(o, { x: 220, y: 303 }, { x: 135, y: 183 }, { x: 0, y: 300 })).toBe(true);
  });

  it("gives the same count in the refinement's typed arrays as one pair at a time", () => {
    const random = mulberry32(5);
    const at = new Map(
      seed.nodes.map((n) => [n.id, { x: random.int(-500, 500), y: random.int(-500, 500) }]),
    );
    const feet = new Map(seed.nodes.map((n) => [n.id, footprint(n.label, 20)]));
    const g = storyGeometry(at, seed.edges, feet);
    expect(g.crossings()).toBe(countCrossings(seed.edges, (id) => at.get(id) ?? { x: 0, y: 0 }));
    expect(g.crossings()).toBeGreaterThan(100);
  });
});
