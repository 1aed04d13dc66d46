import type { z } from "zod";
import { GraphSchema, type Graph } from "../../model/schema";
import { GraphLoadError } from "./GraphLoadError";

const SHOWN_PROBLEMS = 5;

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join(".") : "the file";
  return `${where}: ${issue.message}`;
}

/** Turns the body of the graph file into a graph, or a GraphLoadError that says what is wrong. */
export function parseGraphFile(body: string): Graph {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new GraphLoadError("The graph file is not valid JSON.", [
      error instanceof Error ? error.message : String(error),
    ]);
  }
  const parsed = GraphSchema.safeParse(json);
  if (!parsed.success) {
    const { issues } = parsed.error;
    const more = issues.length - SHOWN_PROBLEMS;
    throw new GraphLoadError("The graph file does not fit the graph schema.", [
      ...issues.slice(0, SHOWN_PROBLEMS).map(describeIssue),
      ...(more > 0 ? [`… and ${more} more problem${more === 1 ? "" : "s"}`] : []),
    ]);
  }
  return parsed.data;
}
