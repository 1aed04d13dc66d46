import { describe, expect, it } from "vitest";
import twoSources from "../graph/fixtures/two-sources.valid.json";
import { GraphSchema } from "../graph/schema";
import { visibleElements } from "./filter";
import { provenanceOf } from "./provenance";

const graph = GraphSchema.parse(twoSources);
const everything = { topics: [], hiddenKinds: [] } as const;
const ARVELIA = "arvelia-press-2024-04-02";
const DORIA = "doria-news-2024-04-03";

describe("which sources state what", () => {
  it("gives each relation the sources of its evidence, and each node those that mention it", () => {
    const { edgeSources, nodeSources } = provenanceOf(graph);
    expect(edgeSources.get("meeting-doria.discusses.energy")).toEqual([ARVELIA, DORIA]);
    expect(edgeSources.get("meeting-doria.discusses.trade")).toEqual([ARVELIA]);
    expect(nodeSources.get("press-office")).toEqual([ARVELIA]);
  });

  it("groups sources by publisher, under a slug a link can carry", () => {
    expect(provenanceOf(graph).publishers.map((p) => [p.id, p.sources.length])).toEqual([
      ["arvelian-presidential-press-office", 1],
      ["doria-news-agency", 1],
    ]);
  });
});

describe("narrowing by sources", () => {
  it("keeps only what at least N sources state", () => {
    const two = visibleElements(graph, { ...everything, minSources: 2 });
    expect(two.edges.has("meeting-doria.discusses.energy")).toBe(true);
    expect(two.edges.has("meeting-doria.discusses.trade")).toBe(false);
    expect(two.nodes.has("trade")).toBe(false);
    expect(two.nodes.has("press-office")).toBe(false);
    expect(two.nodes.has("meeting-doria")).toBe(true);
  });

  it("drops what only a switched-off article or publisher states, and keeps what others state too", () => {
    const withoutArvelia = visibleElements(graph, { ...everything, hiddenSources: [ARVELIA] });
    expect(withoutArvelia.edges.has("solak.invites.varga")).toBe(false);
    expect(withoutArvelia.edges.has("solak.heads.arvelia")).toBe(true);
    expect(withoutArvelia.nodes.has("trade")).toBe(false);
    const byPublisher = visibleElements(graph, {
      ...everything,
      hiddenPublishers: ["doria-news-agency"],
    });
    expect(byPublisher.edges.has("solak.heads.arvelia")).toBe(false);
    expect(byPublisher.edges.has("solak.invites.varga")).toBe(true);
  });

  it("counts only the sources still switched on towards the least number", () => {
    const shown = visibleElements(graph, {
      ...everything,
      minSources: 2,
      hiddenSources: [DORIA],
    });
    expect(shown.edges.size).toBe(0);
  });
});
