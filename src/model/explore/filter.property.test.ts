import fc from "fast-check";
import { describe, expect, it } from "vitest";
import graphJson from "../../../data/graph.json";
import { visibleElements } from "./filter";
import { NODE_KINDS } from "../graph/kinds";
import { GraphSchema } from "../graph/schema";

const graph = GraphSchema.parse(graphJson);
const nodeIds = graph.nodes.map((n) => n.id);

/** Any topics a link could ask for: real topics, other real ids, made-up and hostile strings. */
const topics = fc.array(
  fc.oneof(
    fc.constantFrom(...nodeIds),
    fc.string(),
    fc.constantFrom("__proto__", "constructor", "", "<script>"),
  ),
  { maxLength: 12 },
);
const hiddenKinds = fc.subarray([...NODE_KINDS]);

describe("visibleElements, for any filter", () => {
  it("never throws, shows only what the graph has, and never a relation without both ends", () => {
    const edges = new Map(graph.edges.map((e) => [e.id, e]));
    const nodes = new Set(nodeIds);
    fc.assert(
      fc.property(topics, hiddenKinds, (chosen, hidden) => {
        const visible = visibleElements(graph, { topics: chosen, hiddenKinds: hidden });
        for (const id of visible.nodes) expect(nodes.has(id)).toBe(true);
        for (const id of visible.edges) {
          const edge = edges.get(id);
          expect(edge).toBeDefined();
          if (!edge) continue;
          expect(visible.nodes.has(edge.source) && visible.nodes.has(edge.target)).toBe(true);
        }
        const hiddenSet = new Set<string>(hidden);
        for (const node of graph.nodes) {
          if (hiddenSet.has(node.kind)) expect(visible.nodes.has(node.id)).toBe(false);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it("shows everything when no topic is chosen and no kind hidden", () => {
    const visible = visibleElements(graph, { topics: [], hiddenKinds: [] });
    expect(visible.nodes.size).toBe(graph.nodes.length);
    expect(visible.edges.size).toBe(graph.edges.length);
  });

  it("shows less, never more, as more kinds are hidden", () => {
    fc.assert(
      fc.property(topics, hiddenKinds, hiddenKinds, (chosen, some, more) => {
        const fewer = visibleElements(graph, { topics: chosen, hiddenKinds: some });
        const most = visibleElements(graph, { topics: chosen, hiddenKinds: [...some, ...more] });
        for (const id of most.nodes) expect(fewer.nodes.has(id)).toBe(true);
        for (const id of most.edges) expect(fewer.edges.has(id)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
