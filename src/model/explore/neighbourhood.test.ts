import { describe, expect, it } from "vitest";
import graphJson from "../../../data/graph.json";
import { neighbourhood } from "./neighbourhood";
import { GraphSchema } from "../graph/schema";
import { smallGraph } from "../graph/testGraphs";

const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe("neighbourhood", () => {
  const chain = smallGraph(
    ["a", "b", "c", "d"],
    [
      ["a", "b"],
      ["c", "b"],
      ["c", "d"],
      ["b", "b"],
    ],
  );

  it("walks relations both ways, one or two steps out", () => {
    expect(sorted(neighbourhood(chain, "b", 1).nodes)).toEqual(["a", "b", "c"]);
    expect(sorted(neighbourhood(chain, "a", 2).nodes)).toEqual(["a", "b", "c"]);
    expect(sorted(neighbourhood(chain, "a", 3).nodes)).toEqual(["a", "b", "c", "d"]);
  });

  it("keeps the relations among the nodes it reaches, a self-link included", () => {
    expect(sorted(neighbourhood(chain, "a", 1).edges)).toEqual(["a.links.b.0", "b.links.b.3"]);
  });

  it("walks only the relations it is allowed to", () => {
    const result = neighbourhood(chain, "b", 1, new Set(["a.links.b.0"]));
    expect(sorted(result.nodes)).toEqual(["a", "b"]);
  });

  it("is empty for an unknown node", () => {
    expect(neighbourhood(chain, "zz", 2).nodes.size).toBe(0);
  });

  it("holds, one step around Niinistö, his meeting, his state and the forum", () => {
    const graph = GraphSchema.parse(graphJson);
    expect(sorted(neighbourhood(graph, "niinisto", 1).nodes)).toEqual([
      "astana-international-forum",
      "finland",
      "kazakhstan",
      "meeting-finland",
      "niinisto",
      "tokayev",
    ]);
  });
});
