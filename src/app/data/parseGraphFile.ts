import type * as z from "zod/mini";
import { GRAPH_FILE_MAX_CHARS } from "../../model/graph/limits";
import { count, quote, truncate, visible } from "../../model/text/quote";
import { GraphFileSchema } from "../../model/graph/graphFile";
import type { Graph } from "../../model/graph/schema";
import { GraphLoadError } from "./GraphLoadError";

const SHOWN_PROBLEMS = 5;
/** A detail line is read, not scrolled: messages never carry more than this. */
const DETAIL_MAX = 240;

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.map(String).join(".") : "the file";
  return truncate(visible(`${where}: ${issue.message}`), DETAIL_MAX);
}

/** Line and column (from 1) of a character offset, the way an editor counts them. */
function lineAndColumn(body: string, offset: number): string {
  const before = body.slice(0, offset);
  const line = before.split("\n").length;
  return `line ${line}, column ${offset - before.lastIndexOf("\n")}`;
}

/** What JSON.parse said, and where in the file, in a line or two. */
function describeSyntaxError(body: string, error: unknown): string[] {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message)?.[1];
  const lines = [truncate(visible(message), DETAIL_MAX)];
  if (position !== undefined) {
    const at = Number(position);
    lines.push(
      `At ${lineAndColumn(body, at)}: ${quote(body.slice(Math.max(0, at - 20), at + 20))}`,
    );
  } else if (body.trim() !== "") {
    lines.push(`The file begins ${quote(body.trimStart(), 40)}`);
  }
  if (body.trimStart().startsWith("<")) {
    lines.unshift("It looks like a web page (HTML), not the graph: is the address right?");
  }
  return lines;
}

/** Turns the body of the graph file into a graph, or a GraphLoadError that says what is wrong. */
export function parseGraphFile(body: string): Graph {
  if (body.length > GRAPH_FILE_MAX_CHARS) {
    throw new GraphLoadError("The graph file is too large to be a graph.", [
      `It has ${count(body.length)} characters; the limit is ${count(GRAPH_FILE_MAX_CHARS)}.`,
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new GraphLoadError("The graph file is not valid JSON.", describeSyntaxError(body, error));
  }
  const parsed = GraphFileSchema.safeParse(json);
  if (!parsed.success) {
    const { issues } = parsed.error;
    const more = issues.length - SHOWN_PROBLEMS;
    throw new GraphLoadError("The graph file does not fit the graph schema.", [
      ...issues.slice(0, SHOWN_PROBLEMS).map(describeIssue),
      ...(more > 0 ? [`… and ${count(more)} more problem${more === 1 ? "" : "s"}`] : []),
    ]);
  }
  return parsed.data;
}
