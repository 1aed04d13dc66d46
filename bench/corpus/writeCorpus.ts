import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeCorpus } from "./corpus";

/**
 * Writes the corpus into `dir` (emptied first), one `.txt` a readout, and returns the files' paths:
 * what the benchmark hands to the Open dialog's file input.
 */
export function writeCorpus(dir: string, count: number): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of makeCorpus(count)) writeFileSync(join(dir, file.name), file.text);
  return readdirSync(dir)
    .sort()
    .map((name) => join(dir, name));
}
