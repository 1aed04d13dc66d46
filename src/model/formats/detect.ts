import type { Graph } from "../graph/schema";
import { htmlToText, looksLikeHtml } from "../text/htmlToText";
import { isCytoscapeJson, readCytoscapeJson } from "./cytoscapeJson";
import { FormatError } from "./FormatError";
import { fromPortable } from "./fromPortable";
import { readGexf } from "./gexf";
import { isGraphJson, readGraphJson } from "./graphJson";
import { readGraphml } from "./graphml";
import { DOCTYPE_REFUSED } from "./xml";

export type FileKind = "graph" | "gexf" | "graphml" | "cytoscape" | "article";

export type Read =
  | { kind: Exclude<FileKind, "article">; graph: Graph; notes: string[] }
  | { kind: "article"; text: string };

const ARTICLE_NAMES = /\.(txt|md|markdown|text|html?)$/i;
const GRAPH_NAMES = /\.(json|gexf|graphml|xml|cyjs)$/i;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new FormatError(`it looks like JSON but is not valid JSON (${why.slice(0, 120)})`);
  }
}

/**
 * What a file is, from its content first and its name second, and what it holds. Graph files come
 * back checked; an article comes back as text for the extractor. Anything else is refused with the
 * reason.
 */
export function readFile(name: string, raw: string): Read {
  const text = raw.replace(/^\ufeff/, "");
  if (text.trim() === "") throw new FormatError("it is empty");
  const start = text.trimStart().slice(0, 1);
  if (start === "{" || start === "[") {
    const value = parseJson(text);
    if (isGraphJson(value)) return { kind: "graph", graph: readGraphJson(value), notes: [] };
    if (isCytoscapeJson(value))
      return { kind: "cytoscape", ...fromPortable(readCytoscapeJson(value), name) };
    throw new FormatError(
      "it is JSON, but neither a graph file of this explorer nor Cytoscape JSON",
    );
  }
  if (start === "<") {
    if (looksLikeHtml(text) || /\.html?$/i.test(name)) {
      return { kind: "article", text: htmlToText(text) };
    }
    // Refused wherever it stands, before anything is parsed (xml.ts says why).
    if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new FormatError(DOCTYPE_REFUSED);
    const head = text.slice(0, 65_536);
    if (/<gexf\b/.test(head)) return { kind: "gexf", ...fromPortable(readGexf(text), name) };
    if (/<graphml\b/.test(head)) {
      return { kind: "graphml", ...fromPortable(readGraphml(text), name) };
    }
    throw new FormatError("it is XML, but neither GEXF nor GraphML");
  }
  if (GRAPH_NAMES.test(name) && !ARTICLE_NAMES.test(name)) {
    throw new FormatError("its name says graph file, but it holds neither JSON nor XML");
  }
  return { kind: "article", text };
}
