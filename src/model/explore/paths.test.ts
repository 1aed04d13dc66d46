import { describe, expect, it } from "vitest";
import graphJson from "../../../data/graph.json";
import { shortestPaths, type GraphPath } from "./paths";
import { GraphSchema } from "../graph/schema";
import { smallGraph } from "../graph/testGraphs";

const nodesOf = (path: GraphPath) => [path[0]?.from, ...path.map((s) => s.to)];

describe("shortestPaths on small graphs", () => {
  it("finds none when the nodes are not connected", () => {
    const graph = smallGraph(["a", "b", "c"], [["a", "b"]]);
    expect(shortestPaths(graph, "a", "c")).toEqual([]);
  });

  it("finds every path of the shortest length, and only those", () => {
    // a–b–d and a–c–d are both two steps; a–e–f–d is three.
    const graph = smallGraph(
      ["a", "b", "c", "d", "e", "f"],
      [
        ["a", "b"],
        ["b", "d"],
        ["a", "c"],
        ["d", "c"],
        ["a", "e"],
        ["e", "f"],
        ["f", "d"],
      ],
    );
    const paths = shortestPaths(graph, "a", "d");
    expect(paths.map(nodesOf)).toEqual([
      ["a", "b", "d"],
      ["a", "c", "d"],
    ]);
    // The step from c to d walks the relation d→c backwards.
    expect(paths[1]?.[1]).toMatchObject({ from: "c", to: "d", edge: { source: "d", target: "c" } });
  });

  it("ignores a node linked to itself", () => {
    const graph = smallGraph(
      ["a", "b"],
      [
        ["a", "a"],
        ["a", "b"],
      ],
    );
    expect(shortestPaths(graph, "a", "b").map(nodesOf)).toEqual([["a", "b"]]);
    expect(shortestPaths(graph, "a", "a")).toEqual([]);
  });

  it("gives none for an unknown node, and stops at the limit", () => {
    const graph = smallGraph(
      ["a", "b", "c", "d"],
      [
        ["a", "b"],
        ["a", "c"],
        ["b", "d"],
        ["c", "d"],
      ],
    );
    expect(shortestPaths(graph, "a", "zz")).toEqual([]);
    expect(shortestPaths(graph, "a", "d", 1)).toHaveLength(1);
  });
});

describe("shortestPaths on the article's graph", () => {
  const graph = GraphSchema.parse(graphJson);

  it("connects Orbán to Iran in three steps, several ways, each step with evidence", () => {
    const paths = shortestPaths(graph, "orban", "iran");
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) {
      expect(path).toHaveLength(3);
      expect(path[0]?.from).toBe("orban");
      expect(path.at(-1)?.to).toBe("iran");
      for (const step of path) expect(step.edge.evidence.length).toBeGreaterThan(0);
    }
    expect(paths.map(nodesOf)).toContainEqual(["orban", "hungary", "kazakhstan", "iran"]);
  });
});
