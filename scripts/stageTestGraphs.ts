import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateGraph } from "../bench/graphs";

/**
 * Puts the graph files the end-to-end tests open with `?graph=` beside a build, under test-graphs/:
 * the fixtures as they are, a generated corpus of 400 nodes without positions, which the app must
 * lay out in a worker, and ones of 1,000 and 5,000 with positions, drawn the way large graphs are.
 * Usage: tsx scripts/stageTestGraphs.ts <build folder>.
 */
const [buildDir] = process.argv.slice(2);
if (!buildDir) throw new Error("usage: stageTestGraphs <build folder>");
const out = join(buildDir, "test-graphs");
mkdirSync(out, { recursive: true });

const fixtures = fileURLToPath(new URL("../src/model/graph/fixtures/", import.meta.url));
for (const name of readdirSync(fixtures).filter((f) => f.endsWith(".json"))) {
  copyFileSync(join(fixtures, name), join(out, name));
}

const { graph } = generateGraph(400);
const unplaced = {
  ...graph,
  nodes: graph.nodes.map((node) => {
    const copy = { ...node };
    delete copy.position;
    return copy;
  }),
};
writeFileSync(join(out, "unplaced-400.valid.json"), JSON.stringify(unplaced));
writeFileSync(join(out, "placed-1000.valid.json"), JSON.stringify(generateGraph(1000).graph));
// Past the level of detail's size (src/app/canvas/levelOfDetail.ts): relations drawn only zoomed in.
writeFileSync(join(out, "placed-5000.valid.json"), JSON.stringify(generateGraph(5000).graph));
console.log(`staged the test graphs in ${out}`);
