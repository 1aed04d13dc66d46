import { readFileSync } from "node:fs";
import { madeUpReport } from "../bench/madeUpReport";
import { GraphSchema } from "../src/model/graph/schema";
import { forceLayout } from "../src/model/layout/forceLayout";
import { runLayout, type LayoutInput } from "../src/model/layout/layout";
import { layoutFigures } from "../src/model/layout/layoutFigures";
import { storyLayout } from "../src/model/layout/storyLayout";
import { storyRoles } from "../src/model/layout/storyRoles";

/**
 * `npm run layout:figures`: how well each layout tells the story, printed for the seed graph, made-up
 * reports of 3 and 12 meetings, and a graph without meetings (where the story falls back to force):
 * edge crossings (a relation passing within a unit of another's end only touches it), the median
 * relation's length, counterparts drawn farther from their meeting than that, nodes drawn on a
 * relation not their own, label boxes that overlap (estimated: system-ui at 17 px), the picture's size, and how long
 * the layout took.
 */
const seed = GraphSchema.parse(JSON.parse(readFileSync("data/graph.json", "utf8")));
const noMeetings: LayoutInput = {
  nodes: seed.nodes.filter((n) => n.kind !== "event"),
  edges: seed.edges.filter((e) => e.type !== "participates_in"),
};
const graphs: [string, LayoutInput][] = [
  ["seed article", seed],
  ["made-up, 3 meetings", madeUpReport(3)],
  ["made-up, 12 meetings", madeUpReport(12)],
  ["no meetings", noMeetings],
];

const rows: string[][] = [];
for (const [name, graph] of graphs) {
  for (const strategy of [storyLayout, forceLayout]) {
    const started = performance.now();
    const at = runLayout(graph, strategy);
    const ms = Math.round(performance.now() - started);
    const f = layoutFigures(graph, at);
    rows.push([
      name,
      strategy === storyLayout && !storyRoles(graph)
        ? "story (falls back to force)"
        : strategy.name,
      `${graph.nodes.length} / ${graph.edges.length}`,
      String(f.crossings),
      String(f.medianEdge),
      f.farCounterparts.length === 0 ? "none" : f.farCounterparts.join(", "),
      String(f.grazes),
      String(f.overlappingLabels.length),
      `${f.extent.width} × ${f.extent.height}`,
      String(ms),
    ]);
  }
}
const head = [
  "graph",
  "layout",
  "nodes / relations",
  "crossings",
  "median relation",
  "counterparts farther",
  "nodes on a relation",
  "label overlaps",
  "size",
  "ms",
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
console.log([line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n"));
