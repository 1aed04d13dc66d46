import type { FileKind } from "../../model/formats/detect";
import { readFile } from "../../model/formats/detect";
import { FormatError } from "../../model/formats/FormatError";
import { slugify } from "../../model/formats/ids";
import type { Graph } from "../../model/graph/schema";
import { ArticleError } from "../../pipeline/extract/article";
import { combineGraphs } from "../../pipeline/extract/combine";
import { extractGraph } from "../../pipeline/extract/extractGraph";
import { decodeText } from "./decodeText";
import type { OpenInput } from "./openMessages";

/** A file that could not be opened: its name and the reason, for the message. */
export class OpenError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "OpenError";
  }
}

export interface OpenResult {
  graph: Graph;
  kind: FileKind;
  notes: string[];
}

/**
 * One graph from the files given: a graph file alone, or one or more articles, each extracted and
 * then combined (their shared states, leaders and topics become one node, every source kept).
 * Graph files are opened one at a time: merging a Gephi file with a readout is not this issue's.
 */
export function openFiles(
  files: OpenInput[],
  tell: (step: string, done: number, total: number) => void,
): OpenResult {
  const articles: Graph[] = [];
  const usedIds = new Set<string>();
  let graphFile: OpenResult | undefined;
  files.forEach((file, i) => {
    tell(`Reading ${file.name}`, i, files.length);
    try {
      const read = readFile(file.name, decodeText(new Uint8Array(file.bytes)));
      if (read.kind !== "article") {
        if (files.length > 1)
          throw new FormatError(
            "graph files are opened one at a time; several articles can be opened together",
          );
        graphFile = read;
        return;
      }
      let id = slugify(file.name.replace(/\.[a-z]+$/i, ""), 50);
      for (let n = 2; usedIds.has(id); n++) id = `${slugify(file.name, 50)}-${n}`;
      usedIds.add(id);
      articles.push(extractGraph(read.text, { sourceId: id }).graph);
    } catch (error) {
      if (error instanceof FormatError || error instanceof ArticleError)
        throw new OpenError(file.name, error.reason);
      throw new OpenError(file.name, error instanceof Error ? error.message : String(error));
    }
  });
  tell("Combining", files.length, files.length);
  if (graphFile) return graphFile;
  return { graph: combineGraphs(articles), kind: "article", notes: [] };
}
