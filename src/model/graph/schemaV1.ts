import * as z from "zod/mini";
import { truncate } from "../text/quote";
import { GRAPH_LIMITS as LIMITS } from "./limits";
import { list, text } from "./schemaParts";
import { EdgeSchema, NodeSchema, type Graph } from "./schema";

/** Version 1 held one article; its passages were numbered in their ids ("s12"). */
const PassageV1Schema = z.object({
  id: z.string().check(z.regex(/^s[1-9][0-9]{0,8}$/, "passage ids look like 's12'")),
  paragraph: z.int().check(z.positive(), z.lte(LIMITS.passages)),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.positive()),
  exact: text("a quote", LIMITS.sourceText),
});

export const GraphV1ShapeSchema = z.object({
  schemaVersion: z.literal(1),
  article: z.object({
    date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "dates look like 2023-09-19")),
    text: text("the article", LIMITS.sourceText),
  }),
  passages: list(PassageV1Schema, "passages", 1, LIMITS.passages),
  nodes: list(NodeSchema, "nodes", 1, LIMITS.nodes),
  edges: list(EdgeSchema, "relations", 0, LIMITS.edges),
});

type GraphV1 = z.infer<typeof GraphV1ShapeSchema>;

/** The id the one article of a version 1 file gets. */
export const V1_SOURCE_ID = "article";

/**
 * A version 1 file as version 2: its article becomes the one source, titled by its first sentence
 * (v1 had no title). Passage ids stay as they were, so links made for it keep working; node and
 * relation order is kept, so a problem found later is reported where it is in the reader's file.
 */
export function migrateV1(v1: GraphV1): Graph {
  const first = v1.passages[0]?.exact ?? v1.article.text;
  return {
    schemaVersion: 2,
    sources: [
      {
        id: V1_SOURCE_ID,
        title: truncate(first, 120),
        date: v1.article.date,
        text: v1.article.text,
      },
    ],
    passages: v1.passages.map((p) => ({
      ...p,
      source: V1_SOURCE_ID,
      number: Number(p.id.slice(1)),
    })),
    nodes: v1.nodes,
    edges: v1.edges,
  };
}
