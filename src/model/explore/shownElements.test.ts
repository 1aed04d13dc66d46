import { describe, expect, it } from "vitest";
import graphJson from "../../../data/graph.json";
import { shortestPaths } from "./paths";
import { GraphSchema } from "../graph/schema";
import type { GraphPath } from "./paths";
import { filteredElements, selectionOverlay, union, type FocusedFilter } from "./shownElements";

const graph = GraphSchema.parse(graphJson);
interface ShownInput extends FocusedFilter {
  node: string | null;
  edge: string | null;
  paths: GraphPath[];
}
const none: ShownInput = {
  topics: [],
  hiddenKinds: [],
  focus: null,
  depth: 1,
  node: null,
  edge: null,
  paths: [],
};
function shownElements(g: typeof graph, input: ShownInput) {
  const base = filteredElements(g, input);
  const edge = g.edges.find((e) => e.id === input.edge);
  const nodeEdges = g.edges.filter((e) => e.source === input.node || e.target === input.node);
  return union(
    base,
    selectionOverlay({ node: input.node, nodeEdges, edge, paths: input.paths }, base),
  );
}

describe("what is shown: the filtered picture and the selection over it", () => {
  it("narrows the filtered graph to the focus's neighbourhood", () => {
    const shown = shownElements(graph, { ...none, focus: "karis" });
    expect([...shown.nodes].sort()).toEqual(["estonia", "karis", "meeting-estonia", "tokayev"]);
  });

  it("applies the filters inside the focus", () => {
    const shown = shownElements(graph, { ...none, focus: "meeting-iran", hiddenKinds: ["topic"] });
    expect(shown.nodes.has("visas")).toBe(false);
    expect(shown.nodes.has("raisi")).toBe(true);
  });

  it("always shows the selection and its relations, even where a filter would hide them", () => {
    const shown = shownElements(graph, { ...none, topics: ["visas"], node: "estonia" });
    expect(shown.nodes.has("estonia")).toBe(true);
    const edge = shownElements(graph, {
      ...none,
      hiddenKinds: ["place"],
      edge: "astana.street_named_after.petofi",
    });
    expect(edge.nodes.has("astana")).toBe(true);
    expect(edge.edges.has("astana.street_named_after.petofi")).toBe(true);
  });

  it("always shows the connection being asked about", () => {
    const paths = shortestPaths(graph, "orban", "iran");
    const shown = shownElements(graph, { ...none, topics: ["it"], paths });
    for (const step of paths.flat()) {
      expect(shown.edges.has(step.edge.id)).toBe(true);
      expect(shown.nodes.has(step.to)).toBe(true);
    }
  });
});

describe("selectionOverlay", () => {
  it("holds only what the filtered picture lacks", () => {
    const base = filteredElements(graph, { ...none, topics: ["visas"] });
    const edge = graph.edges.find((e) => e.id === "raisi.heads.iran");
    expect(selectionOverlay({ node: null, nodeEdges: [], edge, paths: [] }, base)).toEqual({
      nodes: new Set(),
      edges: new Set(),
    });
    const nodeEdges = graph.edges.filter((e) => e.source === "estonia" || e.target === "estonia");
    const overlay = selectionOverlay(
      { node: "estonia", nodeEdges, edge: undefined, paths: [] },
      base,
    );
    expect(overlay).toEqual({
      nodes: new Set(["estonia", "karis"]),
      edges: new Set(["karis.heads.estonia"]),
    });
  });
});
