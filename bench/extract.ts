/**
 * npm run bench:extract [-- --devset <dir>] [--seconds 3]
 * How fast the extractor reads readouts in Node on this machine: readouts a second over the seed
 * article and the repository's fixtures (and a development set, if given), and milliseconds per
 * kilobyte as one text grows, which stays flat if the work is linear in the text.
 */
import { readdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { extractGraph } from "../src/pipeline/extract/extractGraph";

const { values } = parseArgs({
  options: { devset: { type: "string" }, seconds: { type: "string", default: "3" } },
});
const seconds = Number(values.seconds);
const texts = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8"));

const seed = readFileSync("data/article.txt", "utf8");
const readouts = [
  seed,
  ...texts("src/pipeline/extract/fixtures"),
  ...(values.devset ? texts(values.devset) : []),
];

function extractAll(list: readonly string[]): number {
  let nodes = 0;
  for (const text of list) {
    try {
      nodes += extractGraph(text).graph.nodes.length;
    } catch {
      // a text the extractor refuses costs its time all the same
    }
  }
  return nodes;
}

/** Runs `work` for about `budget` seconds after a warm-up; returns runs a second. */
function rate(work: () => unknown, budget: number): number {
  for (let i = 0; i < 3; i += 1) work();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < budget * 1000) {
    work();
    runs += 1;
  }
  return runs / ((performance.now() - start) / 1000);
}

const kb = (s: string) => new TextEncoder().encode(s).length / 1024;
const totalKb = readouts.reduce((n, t) => n + kb(t), 0);
const perSecond = rate(() => extractAll(readouts), seconds) * readouts.length;
console.log(
  `Node ${process.version}, ${cpus().length} cores, load ${loadavg()[0]?.toFixed(2) ?? "?"}`,
);
console.log(
  `${readouts.length} readouts, ${(totalKb / readouts.length).toFixed(1)} KB each on average`,
);
console.log(
  `readouts a second: ${perSecond.toFixed(0)} (${(perSecond * (totalKb / readouts.length)).toFixed(0)} KB/s)`,
);
const seedRate = rate(() => extractAll([seed]), seconds);
console.log(
  `the seed article (${kb(seed).toFixed(1)} KB): ${seedRate.toFixed(0)} a second, ${(1000 / seedRate).toFixed(2)} ms each`,
);

// The same readout said again and again: time per kilobyte should not grow with the length.
console.log("\ntext size   ms      ms per KB");
const body = seed.replace(/^\s*date\s+\S+\s+/, "");
for (const copies of [1, 4, 16, 64]) {
  const text = Array.from({ length: copies }, () => body).join("\n\n");
  const each = 1000 / rate(() => extractAll([text]), Math.max(1, seconds / 2));
  console.log(
    `${`${kb(text).toFixed(0)} KB`.padEnd(11)} ${each.toFixed(1).padEnd(7)} ${(each / kb(text)).toFixed(3)}`,
  );
}
