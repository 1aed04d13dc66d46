import { readFileSync } from "node:fs";
import { GraphSchema } from "../src/model/graph/schema";
import { runLayout, type LayoutInput } from "../src/model/layout/layout";
import { layoutFigures } from "../src/model/layout/layoutFigures";
import { LAYOUTS, LAYOUT_NAMES } from "../src/model/layout/strategies";
import { extractGraph } from "../src/pipeline/extract/extractGraph";
import { madeUpReport } from "../bench/madeUpReport";
import { median } from "../bench/stats";

/**
 * `npm run layout:time [-- runs]`: how long each layout takes on the graph of the tests'
 * made-up pasted readout (as the page gets it: extracted, without positions), on the seed graph
 * without its positions and on made-up reports: CPU time (a busy machine stretches the clock, not
 * this) of the first run, as a page that has just loaded the layout runs it, and the median of the
 * runs after it; with the crossings, so a faster layout can be seen not to draw a worse picture.
 */
const runs = Number(process.argv[2] ?? 5);
const seed = GraphSchema.parse(JSON.parse(readFileSync("data/graph.json", "utf8")));
const strip = (g: LayoutInput): LayoutInput => ({ nodes: g.nodes, edges: g.edges });
const pasted = extractGraph(readFileSync("e2e/fixtures/made-up-readout.txt", "utf8")).graph;
const graphs: [string, LayoutInput][] = [
  ["pasted readout", strip(pasted)],
  ["seed article", strip(seed)],
  ["made-up, 3 meetings", madeUpReport(3)],
  ["made-up, 12 meetings", madeUpReport(12)],
];
for (const [name, graph] of graphs) {
  for (const layout of LAYOUT_NAMES) {
    const times: number[] = [];
    let crossings = 0;
    for (let i = 0; i <= runs; i += 1) {
      const started = process.cpuUsage().user;
      const at = runLayout(graph, LAYOUTS[layout]);
      times.push((process.cpuUsage().user - started) / 1000);
      crossings = layoutFigures(graph, at).crossings;
    }
    const [first = 0, ...rest] = times;
    console.log(
      `${name.padEnd(22)} ${layout.padEnd(6)} ${String(graph.nodes.length).padStart(3)} nodes ${String(graph.edges.length).padStart(4)} relations  first ${first.toFixed(0).padStart(5)} ms, then ${median(rest).toFixed(0).padStart(4)} ms (median of ${runs})  ${crossings} crossings`,
    );
  }
}
