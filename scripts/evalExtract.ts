/**
 * npm run eval:extract -- --devset <dir> [--verbose]
 * Runs the extractor on every readout of a development set (<name>.txt beside <name>.gold.json,
 * the gold written by hand) and prints recall and precision for hosts, counterparts, their states
 * and topics. The set lives outside the repository: its texts are other people's.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ArticleError } from "../src/pipeline/extract/article";
import { extractGraph } from "../src/pipeline/extract/extractGraph";
import { emptyTally, foundIn, score, type Found, type Gold } from "./devset/score";

const { values } = parseArgs({
  options: { devset: { type: "string" }, verbose: { type: "boolean", default: false } },
});
if (values.devset === undefined) {
  console.error("usage: npm run eval:extract -- --devset <dir> [--verbose]");
  process.exit(2);
}
const dir = values.devset;
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".gold.json"))
  .map((f) => f.slice(0, -".gold.json".length))
  .sort();
if (names.length === 0) {
  console.error(`${dir}: no <name>.gold.json files`);
  process.exit(2);
}

const tally = emptyTally();
const hosts = new Set<string>();
for (const name of names) {
  const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), "utf8")) as Gold;
  if (gold.host?.name) hosts.add(gold.host.state ?? gold.host.name);
  let found: Found = { counterparts: [], topics: [], meetings: 0 };
  try {
    const { graph, host } = extractGraph(readFileSync(join(dir, `${name}.txt`), "utf8"), {
      sourceId: `devset-${name}`,
    });
    found = foundIn(graph, host);
  } catch (error) {
    if (!(error instanceof ArticleError)) throw error;
  }
  const own = score(gold, found, tally);
  if (values.verbose) {
    const miss =
      own.counterparts.right < own.counterparts.gold ||
      own.counterparts.right < own.counterparts.found ||
      own.hosts.right < own.hosts.gold ||
      own.invented > 0;
    console.log(
      `${miss ? "✗" : "✓"} ${name} host ${found.host?.name ?? "-"} | found ${found.counterparts.map((c) => `${c.name ?? "?"} (${c.state ?? "?"})`).join(", ") || "-"} | gold ${gold.counterparts.map((c) => `${c.name ?? "?"} (${c.state ?? "?"})`).join(", ") || "-"} | topics ${own.topics.right}/${own.topics.gold} of ${own.topics.found}`,
    );
  }
}

const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
console.log(`${names.length} readouts, ${hosts.size} hosts (${dir})`);
console.log("               recall              precision");
for (const key of ["hosts", "counterparts", "states", "topics"] as const) {
  const t = tally[key];
  console.log(
    `${key.padEnd(14)} ${pct(t.right, t.gold).padStart(6)} (${t.right}/${t.gold})`.padEnd(35) +
      `${pct(t.right, t.found).padStart(6)} (${t.right}/${t.found})`,
  );
}
console.log(`meetings invented in readouts that report none: ${tally.invented}`);
