import { GraphSchema, type Graph, type Source } from "../../model/graph/schema";
import { truncate } from "../../model/text/quote";
import { ArticleError, readArticleText } from "./article";
import type { Reason } from "./explain";
import { readArticle } from "./stages";
import { slugOf } from "./slug";
import { toGraph } from "./toGraph";

export interface ExtractOptions {
  /** The source's id in the graph (a slug); by default "article-<date>", or "article". */
  sourceId?: string;
  /** The article's date (ISO 8601), when the file has no `date` line and the dateline none. */
  date?: string;
  title?: string;
  publisher?: string;
  address?: string;
}

export interface Extraction {
  graph: Graph;
  /** Why each candidate became a meeting, a counterpart or the host, or was refused. */
  reasons: Reason[];
  /** The node id of the host, when the text reports meetings. */
  host?: string;
}

/**
 * The graph of one report of bilateral meetings, derived from its text alone: the host, each
 * counterpart and their state, each meeting that took place with its date, place, occasion, topics
 * and named objects, and what the text states besides; every fact cites its sentences. Pure and
 * deterministic: it runs in Node and in a browser worker alike.
 */
export function extractGraph(raw: string, options: ExtractOptions = {}): Extraction {
  const article = readArticleText(raw);
  const date = options.date ?? article.date;
  const sourceId = options.sourceId ?? (date ? slugOf(`article-${date}`) : "article");
  const final = readArticle(article.text, sourceId, date);
  const { nodes, edges } = toGraph(final);
  if (nodes.length === 0) {
    throw new ArticleError(
      "it names no leader, state or meeting: it does not read as a report of meetings",
    );
  }
  const firstLine = article.text.split("\n").find((l) => l.trim() !== "") ?? article.text;
  const publisher = options.publisher ?? final.reporter?.label;
  const source: Source = {
    id: sourceId,
    title: options.title ?? truncate(firstLine.trim(), 120),
    ...(final.date ? { date: final.date } : {}),
    ...(publisher ? { publisher } : {}),
    ...(options.address ? { address: options.address } : {}),
    text: article.text,
  };
  const graph = GraphSchema.parse({
    schemaVersion: 2,
    sources: [source],
    passages: final.passages,
    nodes,
    edges,
  });
  return { graph, reasons: final.reasons, ...(final.host ? { host: final.host.id } : {}) };
}
