import { describe, expect, it } from "vitest";
import graphJson from "../../../data/graph.json";
import { fold } from "../text/fold";
import { GraphSchema } from "../graph/schema";
import { createSearch } from "./search";
import { smallGraph } from "../graph/testGraphs";

describe("fold", () => {
  it("drops accents and case the way people type", () => {
    expect(fold("Niinistö")).toBe("niinisto");
    expect(fold("Sándor Petőfi")).toBe("sandor petofi");
    expect(fold("Nataša")).toBe("natasa");
    expect(fold("Øresund Łódź straße")).toBe("oresund lodz strasse");
  });
});

describe("search on the article's graph", () => {
  const search = createSearch(GraphSchema.parse(graphJson));
  const first = (query: string) => search(query)[0];

  it.each([
    ["niinisto", "niinisto"],
    ["petofi", "petofi"],
    ["natasa", "pirc-musar"],
    ["Kazakh", "kazakhstan"],
    ["kaz", "kazakhstan"],
    ["niinsto", "niinisto"],
    ["raisy", "raisi"],
    ["bandar", "bandar-abbas"],
  ])("finds %s → %s first", (query, id) => {
    expect(first(query)).toMatchObject({ type: "node", id });
  });

  it("ranks nodes first, then relations, then sentences", () => {
    const types = search("visa").map((r) => r.type);
    expect(types[0]).toBe("node");
    expect(types).toContain("passage");
    const order = types.map((t) => ["node", "edge", "passage"].indexOf(t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("finds the sentence on the visa procedure", () => {
    const passage = search("visa").find((r) => r.type === "passage");
    expect(passage?.title).toContain("agreements on the visa procedure");
  });

  it("finds relations by what they say", () => {
    const edge = search("railway turkmenistan").find((r) => r.type === "edge");
    expect(edge?.id).toMatch(/^kti-railway\./);
  });

  it("lists a state's or a counterpart's meeting among the nodes it finds", () => {
    for (const query of ["Iran", "Raisi"]) {
      const nodes = search(query)
        .filter((r) => r.type === "node")
        .map((r) => r.id);
      expect(nodes, query).toContain("meeting-iran");
      expect(nodes, query).not.toContain("meeting-estonia");
    }
  });

  it("reads relations as sentences", () => {
    const edge = search("visa").find((r) => r.type === "edge");
    expect(edge?.title).toBe("The Tokayev–Raisi meeting discusses visas");
  });

  it("answers an empty or meaningless query with nothing", () => {
    expect(search("   ")).toEqual([]);
    expect(search("the of and")).toEqual([]);
    expect(search("zzzzqqq")).toEqual([]);
  });
});

describe("search on a small made-up graph", () => {
  it("finds a node by an alias", () => {
    const graph = smallGraph(["norland", "estoria"], [["norland", "estoria"]]);
    const search = createSearch(graph);
    expect(search("ESTORIA")[0]).toMatchObject({ type: "node", id: "estoria" });
  });
});
