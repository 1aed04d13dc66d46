import { readFileSync } from "node:fs";
import { GraphSchema } from "../src/model/graph/schema";
import { runLayout, type LayoutInput } from "../src/model/layout/layout";
import { layoutFigures } from "../src/model/layout/layoutFigures";
import { storyLayout } from "../src/model/layout/storyLayout";
import { extractGraph } from "../src/pipeline/extract/extractGraph";
import { madeUpReport } from "../bench/madeUpReport";
const seed = GraphSchema.parse(JSON.parse(readFileSync("data/graph.json", "utf8")));
const graphs: [string, LayoutInput][] = [
  ["seed", { nodes: seed.nodes, edges: seed.edges }],
  // ["paste", extractGraph(readFileSync("e2e/fixtures/made-up-readout.txt", "utf8")).graph],
  
  
];
for (let i = 0; i < 4; i++) runLayout(graphs[0]![1], storyLayout);
const out: string[] = [];
for (const [name, g] of graphs) {
  const t = process.cpuUsage().user / 1000;
  const at = runLayout(g, storyLayout);
  const ms = process.cpuUsage().user / 1000 - t;
  const f = layoutFigures(g, at);
  out.push(`${name}: ${f.crossings}x ${f.overlappingLabels.length}ov[${f.overlappingLabels.join(" ")}] far${f.farCounterparts.length} med${f.medianEdge} ${f.extent.width}x${f.extent.height} ${ms.toFixed(0)}ms`);
}
console.log(out.join(" | "));
