import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { checkBudgets, type GraphResult } from "./budgets";
import { isRefused, type RunOutcome } from "./measure";
import { pasteMisses, type PasteResult } from "./paste";
import { corpusMisses, type CorpusResult } from "./corpusOpen";
import { assetsTable, resultsTable } from "./table";

export interface Measured {
  machine: Record<string, unknown>;
  results: GraphResult[];
  /** Every run, by graph name. */
  runs: Record<string, { ours: RunOutcome[]; bare: RunOutcome[] }>;
  /** A pasted readout drawn as a graph (bench/paste.ts). */
  paste?: PasteResult;
  /** A corpus of readouts opened through the Open dialog (bench/corpusOpen.ts). */
  corpus?: CorpusResult;
}

/**
 * Prints the tables and what went wrong, and writes the whole report to `dir` as
 * bench-<date>.json, latest.json and latest.md (the tables). Returns the dated file's path.
 */
export function writeReport(dir: string, measured: Measured, log: (line: string) => void): string {
  const { results, runs } = measured;
  // The first load's files: from the first run on the article's graph.
  const assetsOf = (run: RunOutcome | undefined) => (run && !isRefused(run) ? run.assets : []);
  const assets = { ours: assetsOf(runs.article?.ours[0]), bare: assetsOf(runs.article?.bare[0]) };
  const checks = checkBudgets(results, assets.ours);
  const tables = [resultsTable(results, checks), assetsTable(assets.ours, assets.bare, checks)];
  process.stdout.write(`\n${tables.join("\n\n")}\n\n`);

  for (const r of results) {
    for (const f of r.ours.failures) log(`${r.name}, ours: ${f}`);
    for (const f of r.bare.failures) log(`${r.name}, bare: ${f}`);
  }
  // Every budget, the paste's and the corpus's included, which their own tables judge.
  const missed = [
    ...checks
      .filter((c) => !c.pass)
      .map((c) => `${c.graph} ${c.measure}: ${c.measured} (${c.budget}; ${c.over})`),
    ...(measured.paste ? pasteMisses(measured.paste) : []),
    ...(measured.corpus ? corpusMisses(measured.corpus) : []),
  ];
  log(`budgets missed: ${missed.length === 0 ? "none" : `\n  ${missed.join("\n  ")}`}`);

  mkdirSync(dir, { recursive: true });
  const date = new Date().toISOString();
  const json = JSON.stringify({ date, ...measured, checks, assets }, null, 2);
  const file = join(dir, `bench-${date.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, json);
  writeFileSync(join(dir, "latest.json"), json);
  writeFileSync(join(dir, "latest.md"), `${tables.join("\n\n")}\n`);
  return relative(process.cwd(), file);
}
