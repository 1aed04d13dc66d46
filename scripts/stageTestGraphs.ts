import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateGraph } from "../bench/graphs";
import { GraphSchema } from "../src/model/graph/schema";
import { extractGraph } from "../src/pipeline/extract/extractGraph";
import { mergeGraphs } from "../src/pipeline/merge/mergeGraphs";

/**
 * Puts the graph files the end-to-end tests open with `?graph=` beside a build, under test-graphs/:
 * the fixtures as they are, a generated corpus of 400 nodes without positions, which the app must
 * lay out in a worker, ones of 1,000 and 5,000 with positions, drawn the way large graphs are, and the
 * hand-written corpus of four outlets (e2e/fixtures/corpus) merged, as `corpus.json`, and with a
 * report of a week later (e2e/fixtures/corpus-later), as `corpus-week.json`.
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
/** The readouts of these folders under e2e/fixtures, each extracted, all merged. */
function mergedCorpus(...folders: string[]) {
  const readouts = folders.flatMap((folder) => {
    const dir = fileURLToPath(new URL(`../e2e/fixtures/${folder}/`, import.meta.url));
    return readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map(
        (f) =>
          extractGraph(readFileSync(join(dir, f), "utf8"), { sourceId: f.replace(/\.txt$/, "") })
            .graph,
      );
  });
  return JSON.stringify(GraphSchema.parse(mergeGraphs(readouts)));
}
writeFileSync(join(out, "corpus.json"), mergedCorpus("corpus"));
// The same week and a meeting a week later: meetings on more than one day.
writeFileSync(join(out, "corpus-week.json"), mergedCorpus("corpus", "corpus-later"));
// Past the level of detail's size (src/app/canvas/levelOfDetail.ts): relations drawn only zoomed in.
writeFileSync(join(out, "placed-5000.valid.json"), JSON.stringify(generateGraph(5000).graph));
console.log(`staged the test graphs in ${out}`);
