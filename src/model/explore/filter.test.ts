import { describe, expect, it } from "vitest";
import graphJson from "../../../data/graph.json";
import { eventsPerTopic, visibleElements } from "./filter";
import { familyOf } from "../graph/kinds";
import { GraphSchema } from "../graph/schema";

const graph = GraphSchema.parse(graphJson);
const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe("visibleElements", () => {
  it("shows everything without a filter", () => {
    const visible = visibleElements(graph, { topics: [], hiddenKinds: [] });
    expect(visible.nodes.size).toBe(graph.nodes.length);
    expect(visible.edges.size).toBe(graph.edges.length);
  });

  it("drops the relations of a hidden family, and only them; their nodes stay", () => {
    const visible = visibleElements(graph, {
      topics: [],
      hiddenKinds: [],
      hiddenRelations: ["setting", "discusses"],
    });
    const kept = graph.edges.filter((e) => !["setting", "discusses"].includes(familyOf(e.type)));
    expect(sorted(visible.edges)).toEqual(kept.map((e) => e.id).sort());
    expect(kept.length).toBeGreaterThan(0);
    expect(visible.nodes.size).toBe(graph.nodes.length);
  });

  it("keeps, for logistics, its meetings, their participants and states, and the ties between", () => {
    const visible = visibleElements(graph, { topics: ["logistics"], hiddenKinds: [] });
    expect(sorted(visible.nodes)).toEqual([
      "iran",
      "kazakhstan",
      "logistics",
      "meeting-iran",
      "meeting-slovenia",
      "pirc-musar",
      "raisi",
      "slovenia",
      "tokayev",
    ]);
    expect(sorted(visible.edges)).toEqual([
      "meeting-iran.discusses.logistics",
      "meeting-slovenia.discusses.logistics",
      "pirc-musar.heads.slovenia",
      "pirc-musar.participates_in.meeting-slovenia",
      "raisi.heads.iran",
      "raisi.participates_in.meeting-iran",
      "tokayev.heads.kazakhstan",
      "tokayev.participates_in.meeting-iran",
      "tokayev.participates_in.meeting-slovenia",
    ]);
  });

  it("keeps what a topic is related to directly, not only through meetings", () => {
    const visible = visibleElements(graph, { topics: ["turkic-cooperation"], hiddenKinds: [] });
    expect(visible.edges.has("hungary.contributes_to.turkic-cooperation")).toBe(true);
    expect(visible.nodes.has("hungary")).toBe(true);
  });

  it("takes the union of several topics", () => {
    const one = visibleElements(graph, { topics: ["visas"], hiddenKinds: [] });
    const other = visibleElements(graph, { topics: ["un-reform"], hiddenKinds: [] });
    const both = visibleElements(graph, { topics: ["visas", "un-reform"], hiddenKinds: [] });
    expect(sorted(both.nodes)).toEqual(sorted(new Set([...one.nodes, ...other.nodes])));
  });

  it("drops hidden kinds and every relation that touches them", () => {
    const visible = visibleElements(graph, { topics: [], hiddenKinds: ["topic", "place"] });
    const kinds = new Set(graph.nodes.filter((n) => visible.nodes.has(n.id)).map((n) => n.kind));
    expect(kinds.has("topic")).toBe(false);
    expect(kinds.has("place")).toBe(false);
    for (const edge of graph.edges.filter((e) => visible.edges.has(e.id))) {
      expect(visible.nodes.has(edge.source) && visible.nodes.has(edge.target)).toBe(true);
    }
    expect(visible.edges.has("meeting-iran.held_in.new-york")).toBe(false);
  });

  it("shows nothing for a topic the graph does not have", () => {
    const visible = visibleElements(graph, { topics: ["weather"], hiddenKinds: [] });
    expect(visible.nodes.size).toBe(0);
  });
});

describe("eventsPerTopic", () => {
  it("counts the meetings that raise each topic", () => {
    const counts = eventsPerTopic(graph);
    expect(counts.get("trade")).toBe(4);
    expect(counts.get("logistics")).toBe(2);
    expect(counts.get("visas")).toBe(1);
  });
});

describe("matching all the topics chosen", () => {
  it("keeps only the meetings that raise every one of them", () => {
    const any = visibleElements(graph, {
      topics: ["logistics", "pharmaceuticals"],
      hiddenKinds: [],
    });
    const all = visibleElements(graph, {
      topics: ["logistics", "pharmaceuticals"],
      hiddenKinds: [],
      topicMatch: "all",
    });
    expect(any.nodes.has("meeting-iran")).toBe(true);
    expect(all.nodes.has("meeting-iran")).toBe(false);
    expect(all.nodes.has("meeting-slovenia")).toBe(true);
    expect(all.nodes.has("pirc-musar")).toBe(true);
    expect(all.nodes.has("raisi")).toBe(false);
  });
});
