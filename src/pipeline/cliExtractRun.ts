/** The extraction command, testable in-process: it reads and writes files, so it lives in a cli file. */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { parseArgs } from "node:util";
import { GRAPH_LIMITS } from "../model/graph/limits";
import type { Graph } from "../model/graph/schema";
import { count } from "../model/text/quote";
import { ArticleError } from "./extract/article";
import { applyCorrections, parseCorrections } from "./extract/corrections";
import { describeReason } from "./extract/explain";
import { extractGraph } from "./extract/extractGraph";
import { slugOf } from "./extract/slug";
import { KnowledgeError } from "./KnowledgeError";
import { mergeGraphs } from "./merge/mergeGraphs";
import { serializeGraph } from "./serializeGraph";

/** Where the command prints: its explanations to `out`, its messages to `error`. */
export interface Print {
  out: (line: string) => void;
  error: (line: string) => void;
}

const USAGE =
  "usage: npm run extract -- --article <file> [--article <file> …] --out <file> [--knowledge <file>] [--date YYYY-MM-DD] [--explain]";

/** A problem with one input file: its name and the reason, printed as one line. */
class InputError extends Error {}

function readText(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new InputError(`${file}: no such file`);
  }
  // A UTF-8 article of the largest size allowed takes at most four bytes a character.
  if (size > GRAPH_LIMITS.sourceText * 4) {
    throw new InputError(
      `${file}: it has ${count(size)} bytes, too long for an article (at most ${count(GRAPH_LIMITS.sourceText)} characters)`,
    );
  }
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new InputError(`${file}: it looks like a binary file, not text`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: it is not UTF-8 text`);
  }
}

function main(args: readonly string[], print: Print): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        article: { type: "string", multiple: true },
        out: { type: "string" },
        knowledge: { type: "string" },
        date: { type: "string" },
        explain: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    print.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const articles = values.article ?? [];
  if (articles.length === 0 || values.out === undefined) {
    print.error(USAGE);
    return 2;
  }
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    print.error(`--date ${values.date}: dates look like 2023-09-19`);
    return 2;
  }
  let corrections: unknown;
  if (values.knowledge !== undefined) {
    try {
      corrections = JSON.parse(readText(values.knowledge)) as unknown;
    } catch (error) {
      if (error instanceof SyntaxError)
        throw new InputError(`${values.knowledge}: not JSON (${error.message})`);
      throw error;
    }
  }
  const given = corrections === undefined ? undefined : parseCorrections(corrections).source;
  const graphs: Graph[] = [];
  const ids = new Set<string>();
  for (const file of articles) {
    let id =
      articles.length === 1 && given?.id ? given.id : slugOf(basename(file, extname(file)), 50);
    if (ids.has(id)) id = `${id}-${ids.size + 1}`;
    ids.add(id);
    const text = readText(file);
    try {
      const date = values.date ?? (articles.length === 1 ? given?.date : undefined);
      const { graph, reasons } = extractGraph(text, { sourceId: id, ...(date ? { date } : {}) });
      graphs.push(graph);
      if (values.explain) {
        const sentence = new Map(graph.passages.map((p) => [p.id, p.exact]));
        print.out(`# ${file}`);
        for (const r of reasons) print.out(describeReason(r, sentence.get(r.passage) ?? ""));
      }
    } catch (error) {
      if (error instanceof ArticleError) throw new InputError(`${file}: ${error.reason}`);
      throw error;
    }
  }
  let graph = mergeGraphs(graphs);
  if (corrections !== undefined) graph = applyCorrections(graph, corrections);
  writeFileSync(values.out, serializeGraph(graph));
  const meetings = graph.nodes.filter((n) => n.role === "bilateral meeting").length;
  print.error(
    `wrote ${values.out}: ${graph.sources.length} article(s), ${meetings} meeting(s), ${graph.nodes.length} nodes, ${graph.edges.length} relations`,
  );
  return 0;
}

/**
 * Runs the command with its arguments; what it prints goes to `print`. Returns the exit code: 0 when
 * the graph is written, 1 for an input it refuses (named, with the reason), 2 for wrong arguments.
 */
export function runExtract(args: readonly string[], print: Print): number {
  try {
    return main(args, print);
  } catch (error) {
    if (error instanceof InputError) print.error(`error: ${error.message}`);
    else if (error instanceof KnowledgeError)
      print.error(`error: knowledge file, ${error.entry}: ${error.reason}`);
    else print.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
