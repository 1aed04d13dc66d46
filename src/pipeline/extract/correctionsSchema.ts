import * as z from "zod/mini";
import { NODE_KINDS, RELATION_TYPES } from "../../model/graph/kinds";
import { SlugSchema } from "../../model/graph/schema";
import { DateOrRangeSchema } from "../../model/graph/schemaParts";

const nonEmpty = () => z.string().check(z.minLength(1));
const quotes = z.union([nonEmpty(), z.array(nonEmpty()).check(z.minLength(1))]);

/**
 * A knowledge file for the extractor: corrections, never the whole story. Every part is optional.
 * Ids are those the extractor writes (see its output); the new ids and facts are backed by the text.
 */
export const CorrectionsSchema = z.object({
  /** How the graph names the article (one article only). */
  source: z.optional(
    z.object({
      id: z.optional(SlugSchema),
      title: z.optional(nonEmpty()),
      publisher: z.optional(nonEmpty()),
      address: z.optional(nonEmpty()),
      date: z.optional(DateOrRangeSchema),
    }),
  ),
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
        aliases: z.array(nonEmpty()).check(z.minLength(1)),
        role: z.optional(nonEmpty()),
      }),
    ),
  ),
  /** More forms of a node to find in the text. */
  aliases: z.optional(z.record(SlugSchema, z.array(nonEmpty()).check(z.minLength(1)))),
  /** Relations to add, located by a quote of the text. */
  relations: z.optional(
    z.array(
      z.object({
        type: z.enum(RELATION_TYPES),
        source: SlugSchema,
        target: SlugSchema,
        label: z.optional(nonEmpty()),
        quote: quotes,
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
