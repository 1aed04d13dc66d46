import { GraphFileSchema } from "../graph/graphFile";
import type { Graph } from "../graph/schema";
import { FormatError } from "./FormatError";

/** The project's own graph file (version 2), as the pipeline writes it. */
export function writeGraphJson(graph: Graph): string {
  return `${JSON.stringify(graph, null, 2)}\n`;
}

/** A graph file of version 1 or 2, every span checked; the first problems are named. */
export function readGraphJson(value: unknown): Graph {
  const parsed = GraphFileSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length > 0 ? i.path.join(".") : "the file"}: ${i.message}`);
  throw new FormatError(`it is a graph file that does not fit the schema (${problems.join("; ")})`);
}

/** Does this JSON claim to be one of ours? */
export const isGraphJson = (value: unknown): boolean =>
  typeof value === "object" && value !== null && "schemaVersion" in value;
