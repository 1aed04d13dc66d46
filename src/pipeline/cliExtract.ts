/**
 * npm run extract -- --article <file> [--article <file> …] --out <file> [--knowledge <file>]
 *                    [--date YYYY-MM-DD] [--explain]
 * Derives the graph of one or several reports of bilateral meetings from their text alone.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { parseArgs } from "node:util";
import { GRAPH_LIMITS } from "../model/graph/limits";
import type { Graph } from "../model/graph/schema";
import { count } from "../model/text/quote";
import { ArticleError } from "./extract/article";
import { combineGraphs } from "./extract/combine";
import { applyCorrections, parseCorrections } from "./extract/corrections";
import { describeReason } from "./extract/explain";
import { extractGraph } from "./extract/extractGraph";
import { slugOf } from "./extract/slug";
import { KnowledgeError } from "./KnowledgeError";
import { serializeGraph } from "./serializeGraph";

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

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        article: { type: "string", multiple: true },
        out: { type: "string" },
        knowledge: { type: "string" },
        date: { type: "string" },
        explain: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const articles = values.article ?? [];
  if (articles.length === 0 || values.out === undefined) {
    console.error(USAGE);
    return 2;
  }
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    console.error(`--date ${values.date}: dates look like 2023-09-19`);
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
        console.log(`# ${file}`);
        for (const r of reasons) console.log(describeReason(r, sentence.get(r.passage) ?? ""));
      }
    } catch (error) {
      if (error instanceof ArticleError) throw new InputError(`${file}: ${error.reason}`);
      throw error;
    }
  }
  let graph = combineGraphs(graphs);
  if (corrections !== undefined) graph = applyCorrections(graph, corrections);
  writeFileSync(values.out, serializeGraph(graph));
  const meetings = graph.nodes.filter((n) => n.role === "bilateral meeting").length;
  console.error(
    `wrote ${values.out}: ${graph.sources.length} article(s), ${meetings} meeting(s), ${graph.nodes.length} nodes, ${graph.edges.length} relations`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (error instanceof InputError) console.error(`error: ${error.message}`);
  else if (error instanceof KnowledgeError)
    console.error(`error: knowledge file, ${error.entry}: ${error.reason}`);
  else console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
