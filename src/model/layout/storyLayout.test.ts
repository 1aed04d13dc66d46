import { describe, expect, it } from "vitest";
import graphJson from "../../../data/graph.json";
import { GraphSchema } from "../graph/schema";
import { forceLayout } from "./forceLayout";
import { runLayout, runReporting } from "./layout";
import { layoutFigures } from "./layoutFigures";
import { storyLayout } from "./storyLayout";
import { storyRoles } from "./storyRoles";

const seed = GraphSchema.parse(graphJson);
const story = runLayout(seed, storyLayout);
const at = (id: string) => story.get(id) ?? { x: NaN, y: NaN };
const distance = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);

describe("the story layout of the seed graph", () => {
  it("reads the host, the meetings and the counterparts from the relations", () => {
    const roles = storyRoles(seed);
    expect(roles?.host).toBe("tokayev");
    expect(roles?.meetings.sort()).toEqual([
      "meeting-estonia",
      "meeting-finland",
      "meeting-hungary",
      "meeting-iran",
      "meeting-slovenia",
    ]);
    expect(roles?.counterparts.get("meeting-iran")).toEqual(["raisi"]);
  });

  it("puts the host at the centre and the meetings on a ring around them", () => {
    expect(at("tokayev")).toEqual({ x: 0, y: 0 });
    const rings = ["hungary", "slovenia", "iran", "finland", "estonia"].map((s) =>
      distance("tokayev", `meeting-${s}`),
    );
    for (const r of rings) expect(r).toBeCloseTo(rings[0] ?? 0, 0);
  });

  it("keeps every counterpart beside their meeting, and covers no label with another", () => {
    const figures = layoutFigures(seed, story);
    expect(figures.farCounterparts).toEqual([]);
    expect(figures.overlappingLabels).toEqual([]);
    expect(distance("raisi", "meeting-iran")).toBeLessThan(figures.medianEdge);
  });

  it("crosses fewer relations than the force layout, and no more than a hundred", () => {
    const force = layoutFigures(seed, runLayout(seed, forceLayout));
    const figures = layoutFigures(seed, story);
    expect(figures.crossings).toBeLessThan(force.crossings);
    expect(figures.crossings).toBeLessThanOrEqual(100);
    expect(figures.grazes).toBeLessThan(force.grazes);
  });

  it("draws each counterpart and their state outward on their meeting's ray from the host", () => {
    const roles = storyRoles(seed);
    for (const [meeting, who] of roles?.counterparts ?? []) {
      for (const id of [...who, ...who.flatMap((w) => roles?.represents.get(w) ?? [])]) {
        const [m, p] = [at(meeting), at(id)];
        // Straight on: the host's relation to the counterpart runs through the meeting.
        const off = Math.abs(m.x * p.y - m.y * p.x) / Math.hypot(p.x, p.y);
        expect(off, id).toBeLessThanOrEqual(1);
        expect(Math.hypot(p.x, p.y), id).toBeGreaterThan(Math.hypot(m.x, m.y));
      }
    }
  });

  it("needs no seed, and gives the same picture taken a step at a time, as the worker does", () => {
    expect(runLayout(seed, storyLayout, 1)).toEqual(story);
    const run = storyLayout.start(seed, 2);
    let reports = 0;
    const positions = runReporting(
      run,
      () => (reports += 1),
      () => 0,
      100,
    );
    expect(positions).toEqual(story);
    expect(run.step(1)).toBe(run.total);
  });

  it("is what the build wrote into the seed graph, and the same every time", () => {
    for (const node of seed.nodes) expect(node.position, node.id).toEqual(story.get(node.id));
  });

  it("falls back to the force layout for a graph without meetings", () => {
    const noMeetings = {
      nodes: seed.nodes.filter((n) => n.kind !== "event"),
      edges: seed.edges.filter((e) => e.type !== "participates_in"),
    };
    expect(runLayout(noMeetings, storyLayout)).toEqual(runLayout(noMeetings, forceLayout));
  });
});
