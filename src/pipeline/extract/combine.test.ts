import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GraphSchema } from "../../model/graph/schema";
import { combineGraphs } from "./combine";
import { extractGraph } from "./extractGraph";

const fixture = (name: string) =>
  readFileSync(new URL(`fixtures/${name}.txt`, import.meta.url), "utf8");
const a = extractGraph(fixture("no-date-line"), { sourceId: "first" }).graph;
const b = extractGraph(fixture("preamble-frame"), { sourceId: "second" }).graph;
const c = extractGraph(fixture("not-meetings"), { sourceId: "third" }).graph;
const d = extractGraph(fixture("counterpart-kinds"), { sourceId: "fourth" }).graph;

describe("several articles in one graph", () => {
  const both = GraphSchema.parse(combineGraphs([a, b]));

  it("keeps every source and every passage", () => {
    expect(both.sources.map((s) => s.id)).toEqual(["first", "second"]);
    expect(both.passages).toHaveLength(a.passages.length + b.passages.length);
  });

  it("merges nodes with the same id, uniting their mentions across sources", () => {
    const tokayev = both.nodes.filter((n) => n.id === "tokayev");
    expect(tokayev).toHaveLength(1);
    const mentions = (g: typeof a) => g.nodes.find((n) => n.id === "tokayev")?.mentions.length ?? 0;
    expect(tokayev[0]?.mentions).toHaveLength(mentions(a) + mentions(b));
    expect(new Set(tokayev[0]?.mentions.map((m) => m.passage.split(".")[0]))).toEqual(
      new Set(["first", "second"]),
    );
  });

  it("loses no evidence: a relation both state cites both", () => {
    const heads = both.edges.find((e) => e.id === "tokayev.heads.kazakhstan");
    expect(heads?.evidence.map((s) => s.passage.split(".")[0])).toEqual(["first", "second"]);
    const count = (g: typeof a) => g.edges.reduce((n, e) => n + e.evidence.length, 0);
    expect(count(both)).toBe(count(a) + count(b));
  });

  it("never merges two articles' meetings that happen to get the same id", () => {
    const same = GraphSchema.parse(
      combineGraphs([c, extractGraph(fixture("not-meetings"), { sourceId: "again" }).graph]),
    );
    expect(same.nodes.filter((n) => n.role === "bilateral meeting").map((n) => n.id)).toEqual([
      "again-meeting-hungary",
      "third-meeting-hungary",
    ]);
    expect(
      GraphSchema.parse(combineGraphs([c, d])).nodes.some((n) => n.id === "meeting-hungary"),
    ).toBe(true);
  });
});
