import fc from "fast-check";
import { describe, expect, it } from "vitest";
import graphJson from "../../../data/graph.json";
import { indexGraph } from "../../model/graph/graphIndex";
import { NODE_KINDS } from "../../model/graph/kinds";
import { GraphSchema } from "../../model/graph/schema";
import { PARAMETERS, VIEW_FIELDS } from "./parameters";
import { parseView, printView, resolveView } from "./permalink";

const index = indexGraph(GraphSchema.parse(graphJson));
const ids = [
  ...index.graph.nodes.map((n) => n.id),
  ...index.graph.edges.map((e) => e.id),
  ...index.graph.passages.map((p) => p.id),
];
const KEYS = VIEW_FIELDS.map((field) => PARAMETERS[field].key);

/** Values the app understands: real ids, kinds, depths, "open". */
const meaningful = fc.oneof(
  fc.constantFrom("1", "2", "open", "trade", "logistics", "tokayev", "raisi", "s3", "topic"),
  fc.constantFrom(...ids, ...NODE_KINDS),
);
/** Any text at all, with the characters that matter to an address drawn often. */
const anyText = fc.oneof(
  { arbitrary: meaningful, weight: 4 },
  fc.string({ unit: "grapheme-composite" }),
  fc.string({ unit: "binary" }),
  fc.string({
    unit: fc.constantFrom(
      "&",
      "=",
      ",",
      "?",
      "#",
      "%",
      "+",
      " ",
      "\t",
      "\u202e",
      "\u0301",
      "é",
      "<",
    ),
    maxLength: 30,
  }),
  fc.constantFrom("<script>window.__pwned=1</script>", "x".repeat(201), "__proto__"),
);
/** Query strings built from the app's own parameters with any values, repeated or not. */
const likelyQuery = fc
  .array(
    fc.tuple(
      fc.constantFrom(...KEYS),
      fc.oneof(
        anyText,
        fc.array(anyText, { maxLength: 4 }).map((v) => v.join(",")),
      ),
    ),
    { maxLength: 8 },
  )
  .chain((pairs) =>
    fc
      .boolean()
      .map((encode) =>
        pairs
          .map(([k, v]) => `${k}=${encode ? encodeURIComponent(v).replace(/%2C/g, ",") : v}`)
          .join("&"),
      ),
  )
  .map((q) => `?${q}`);
const anyQuery = fc.oneof(fc.string({ unit: "binary" }), anyText, likelyQuery);

describe("the URL codec, for any input", () => {
  it("parses without throwing", () => {
    fc.assert(
      fc.property(anyQuery, (search) => {
        const parsed = parseView(search);
        expect(Array.isArray(parsed.problems)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it("prints what it parsed so that it parses back the same", () => {
    fc.assert(
      fc.property(anyQuery, (search) => {
        const { view } = parseView(search);
        const again = parseView(printView(view));
        expect(again.view).toEqual(view);
        expect(again.problems).toEqual([]);
      }),
      { numRuns: 2_000 },
    );
  });

  it("resolves any parsed view against the real graph, keeping only what the graph has", () => {
    fc.assert(
      fc.property(anyQuery, (search) => {
        const { view, problems } = resolveView(parseView(search), index);
        for (const id of [view.node, view.focus, view.pathFrom, view.pathTo]) {
          if (id !== null) expect(index.node(id)).toBeDefined();
        }
        if (view.edge !== null) expect(index.edge(view.edge)).toBeDefined();
        if (view.passage !== null) expect(index.passage(view.passage)).toBeDefined();
        for (const topic of view.topics) expect(index.node(topic)?.kind).toBe("topic");
        for (const problem of problems) expect(problem.length).toBeLessThan(400);
      }),
      { numRuns: 2_000 },
    );
  });
});
