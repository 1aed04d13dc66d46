/**
 * Reads a development set from disk in either layout: a folder of `<name>.txt` beside
 * `<name>.gold.json`, or a folder whose `tune/` and `check/` subfolders are such folders. A fault
 * in a file is a DevsetError naming the file and what is wrong, never a stack trace.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { GoldSchema, type Gold } from "./goldSchema";

export class DevsetError extends Error {}

export interface Readout {
  name: string;
  text: string;
  gold: Gold;
}

export interface Split {
  name: string;
  dir: string;
  readouts: Readout[];
}

const SPLITS = ["tune", "check"];

const goldNames = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".gold.json"))
    .map((f) => f.slice(0, -".gold.json".length))
    .sort();

function readGold(file: string): Gold {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new DevsetError(`${file}: not JSON (${error instanceof Error ? error.message : ""})`);
  }
  const parsed = GoldSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  throw new DevsetError(
    `${file}: at "${issue?.path.join(".") ?? ""}", ${issue?.message ?? "invalid"}`,
  );
}

function readSplit(name: string, dir: string): Split {
  const readouts = goldNames(dir).map((n) => {
    const textFile = join(dir, `${n}.txt`);
    if (!existsSync(textFile)) throw new DevsetError(`${textFile}: missing beside its gold`);
    return {
      name: n,
      text: readFileSync(textFile, "utf8"),
      gold: readGold(join(dir, `${n}.gold.json`)),
    };
  });
  return { name, dir, readouts };
}

/** The splits of the set at `dir`: `tune` and `check` when it has them, else the folder itself. */
export function readDevset(dir: string): Split[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new DevsetError(`${dir}: no such folder`);
  const splits = SPLITS.filter(
    (s) => existsSync(join(dir, s)) && goldNames(join(dir, s)).length > 0,
  );
  if (splits.length > 0) return splits.map((s) => readSplit(s, join(dir, s)));
  if (goldNames(dir).length === 0)
    throw new DevsetError(
      `${dir}: no <name>.gold.json files, and no tune/ or check/ folder holding them`,
    );
  return [readSplit(basename(dir), dir)];
}
