import * as z from "zod/mini";
import { NODE_KINDS, RELATION_TYPES } from "../../model/graph/kinds";
import { SlugSchema } from "../../model/graph/schema";
import { nonEmpty, nonEmptyList, QuotesSchema, SourceNamingSchema } from "../knowledgeSchema";

/**
 * A knowledge file for the extractor: corrections, never the whole story. Every part is optional.
 * Ids are those the extractor writes (see its output); the new ids and facts are backed by the text.
 */
export const CorrectionsSchema = z.object({
  /** How the graph names the article (one article only). */
  source: z.optional(SourceNamingSchema),
  /** Give a node another id ("kassym-jomart-tokayev" → "tokayev"); relations follow. */
  rename: z.optional(z.record(SlugSchema, SlugSchema)),
  /** Make several nodes one: the first keeps its id, the others' mentions and relations join it. */
  merge: z.optional(
    z.array(z.object({ into: SlugSchema, from: z.array(SlugSchema).check(z.minLength(1)) })),
  ),
  /** Entities the extractor missed, located by the forms the text uses. */
  add: z.optional(
    z.array(
      z.object({
        id: SlugSchema,
        kind: z.enum(NODE_KINDS),
        label: nonEmpty(),
        aliases: nonEmptyList(nonEmpty()),
        role: z.optional(nonEmpty()),
      }),
    ),
  ),
  /** More forms of a node to find in the text. */
  aliases: z.optional(z.record(SlugSchema, nonEmptyList(nonEmpty()))),
  /** Relations to add, located by a quote of the text. */
  relations: z.optional(
    z.array(
      z.object({
        type: z.enum(RELATION_TYPES),
        source: SlugSchema,
        target: SlugSchema,
        label: z.optional(nonEmpty()),
        quote: QuotesSchema,
      }),
    ),
  ),
  /** Nodes (with their relations) and relations ("source.type.target") the text does not support. */
  refuse: z.optional(
    z.object({
      nodes: z.optional(z.array(SlugSchema)),
      relations: z.optional(z.array(nonEmpty())),
    }),
  ),
});

export type Corrections = z.infer<typeof CorrectionsSchema>;
