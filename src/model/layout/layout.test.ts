import { describe, expect, it } from "vitest";
import twoSources from "../graph/fixtures/two-sources.valid.json";
import { GraphSchema } from "../graph/schema";
import { forceLayout } from "./forceLayout";
import { isPositioned, runLayout, runReporting, withPositions } from "./layout";

const corpus = GraphSchema.parse(twoSources);

describe("the force layout", () => {
  it("gives the same picture for the same graph and seed, and another for another seed", () => {
    const once = runLayout(corpus, forceLayout, 7);
    expect(runLayout(corpus, forceLayout, 7)).toEqual(once);
    expect(runLayout(corpus, forceLayout, 8)).not.toEqual(once);
  });

  it("places every node, none on top of another", () => {
    const positions = runLayout(corpus, forceLayout);
    expect([...positions.keys()].sort()).toEqual(corpus.nodes.map((n) => n.id).sort());
    const points = [...positions.values()];
    for (const [i, a] of points.entries()) {
      for (const b of points.slice(i + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(30);
    }
  });
});

describe("running a layout", () => {
  it("reports progress by the clock, not at every step, and ends with every step taken", () => {
    let time = 0;
    const reports: [number, number][] = [];
    const run = forceLayout.start(corpus, 1);
    const positions = runReporting(
      run,
      (done, total) => reports.push([done, total]),
      () => (time += 30),
      100,
    );
    expect(reports.length).toBeGreaterThan(3);
    expect(reports.length).toBeLessThan(run.total);
    expect(reports.every(([done, total]) => done <= total && total === run.total)).toBe(true);
    expect(run.step(1)).toBe(run.total);
    expect(positions.size).toBe(corpus.nodes.length);
  });

  it("fills in a graph's positions", () => {
    expect(isPositioned(corpus)).toBe(false);
    expect(isPositioned(withPositions(corpus, runLayout(corpus, forceLayout)))).toBe(true);
  });
});
