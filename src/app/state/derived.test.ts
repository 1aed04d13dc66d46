import { describe, expect, it } from "vitest";
import graphJson from "../../../data/graph.json";
import { indexGraph } from "../../model/graph/graphIndex";
import { GraphSchema } from "../../model/graph/schema";
import { filteredFor, overlayFor, shownCounts } from "./derived";
import { createExplorerStore } from "./store";

const index = indexGraph(GraphSchema.parse(graphJson));

describe("what the canvas shows, derived from the store", () => {
  it("filters the whole graph only when a filter changes, never on a click", () => {
    const store = createExplorerStore({ topics: ["visas"] });
    const filtered = filteredFor(index, store.getState());
    store.getState().selectNode("estonia");
    expect(filteredFor(index, store.getState())).toBe(filtered);
    // Estonia, and Karis, who heads it: the selection brings its relations along.
    expect(overlayFor(index, store.getState()).nodes).toEqual(new Set(["estonia", "karis"]));
    expect(shownCounts(index, store.getState()).nodes).toBe(filtered.nodes.size + 2);
    store.getState().toggleTopic("trade");
    expect(filteredFor(index, store.getState())).not.toBe(filtered);
  });

  it("starts each store afresh: a new graph inherits nothing from the last", () => {
    const first = createExplorerStore();
    first.getState().selectNode("raisi");
    first.getState().toggleTopic("trade");
    const second = createExplorerStore();
    expect(second.getState()).toMatchObject({ node: null, topics: [], graph: null });
  });
});
