/**
 * npm run eval:extract -- --devset <dir> [--split tune] [--verbose]
 * Runs the extractor on every readout of a development set and prints, split beside split, recall
 * and precision for hosts, counterparts, their states and topics, and the misses by kind. The set
 * lives outside the repository: its texts are other people's. `<dir>` holds `tune/` and `check/`,
 * or is one folder of readouts; `--verbose` adds a line a readout (read it for `tune/` only: rules
 * are written from `tune/`, and `check/` only scored).
 */
import { parseArgs } from "node:util";
import { ArticleError } from "../src/pipeline/extract/article";
import { extractGraph } from "../src/pipeline/extract/extractGraph";
import { slugOf } from "../src/pipeline/extract/slug";
import { foundIn } from "./devset/found";
import type { Gold } from "./devset/goldSchema";
import { DevsetError, readDevset, type Readout } from "./devset/readDevset";
import { printReport } from "./devset/report";
import { emptyTally, MISS_KINDS, score, type Found, type Tally } from "./devset/score";

const USAGE = "usage: npm run eval:extract -- --devset <dir> [--split tune|check] [--verbose]";

function extracted(readout: Readout): Found {
  try {
    const { graph, host } = extractGraph(readout.text, {
      sourceId: slugOf(`devset-${readout.name}`),
    });
    return foundIn(graph, host);
  } catch (error) {
    if (!(error instanceof ArticleError)) throw error;
    return { counterparts: [], people: [], topics: [], meetings: 0, badSpans: 0 };
  }
}

const who = (list: readonly { name: string | null }[], states: (i: number) => string) =>
  list.map((c, i) => `${c.name ?? "?"} (${states(i)})`).join(", ") || "-";

function readoutLine(name: string, gold: Gold, found: Found, own: Tally): string {
  const kinds = MISS_KINDS.filter(([k]) => (own.misses.get(k) ?? 0) > 0).map(([k]) => k);
  const mark = kinds.length === 0 && own.invented === 0 ? "✓" : "✗";
  return [
    `${mark} ${name} host ${found.host?.name ?? "-"}`,
    `found ${who(found.counterparts, (i) => found.counterparts[i]?.of[0]?.label ?? "?")}`,
    `gold ${who(gold.counterparts, (i) => gold.counterparts[i]?.state ?? "?")}`,
    `topics ${own.topics.right}/${own.topics.gold} of ${own.topics.found}`,
    kinds.join(" "),
  ].join(" | ");
}

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        devset: { type: "string" },
        split: { type: "string" },
        verbose: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.devset === undefined) {
    console.error(USAGE);
    return 2;
  }
  let splits;
  try {
    splits = readDevset(values.devset).filter(
      (s) => values.split === undefined || s.name === values.split,
    );
  } catch (error) {
    if (!(error instanceof DevsetError)) throw error;
    console.error(error.message);
    return 2;
  }
  if (splits.length === 0) {
    console.error(`${values.devset}: no split named ${values.split ?? ""}`);
    return 2;
  }
  const results = splits.map((split) => {
    const tally = emptyTally();
    for (const readout of split.readouts) {
      const found = extracted(readout);
      const own = score(readout.gold, found, tally);
      if (values.verbose)
        console.log(readoutLine(`${split.name}/${readout.name}`, readout.gold, found, own));
    }
    return { name: split.name, tally };
  });
  printReport(results, (line) => {
    console.log(line);
  });
  return 0;
}

process.exitCode = main();
