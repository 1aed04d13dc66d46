import * as z from "zod/mini";
import { checkIntegrity } from "./integrity";
import { NODE_KINDS, RELATION_TYPES } from "./kinds";
import { GRAPH_LIMITS as LIMITS } from "./limits";
import { DateOrRangeSchema, list, PositionSchema, slug, text } from "./schemaParts";

/**
 * Data model v2: several sources, one graph. Every fact points at the sentences (passages) of the
 * sources that state it; offsets are `[start, end)` in UTF-16 code units of that source's NFC text,
 * like W3C Web Annotation's TextPositionSelector, and `exact` is the TextQuoteSelector, so anyone can
 * check `source.text.slice(start, end) === exact`.
 */

export const SlugSchema = slug("an id", LIMITS.nodeId);

export const SourceSchema = z.object({
  id: slug("a source id", LIMITS.sourceId),
  title: text("a title", LIMITS.title),
  /** When it was published: a day, or a range for a report that covers several. */
  date: z.optional(DateOrRangeSchema),
  /** The press service or agency that reports it. */
  publisher: z.optional(text("a publisher", LIMITS.name)),
  /** Where it was published, when it has an address. */
  address: z.optional(text("an address", LIMITS.address)),
  text: text("the article", LIMITS.sourceText),
});

/** Unique in the graph; the pipeline writes `<source>.s<number>`. */
export const PassageIdSchema = text("a passage id", LIMITS.passageId).check(
  z.regex(/^[a-z0-9][a-z0-9.-]*$/, "passage ids look like 'akorda-2023-09-19.s12'"),
);

const offset = z.int().check(z.nonnegative(), z.lte(LIMITS.sourceText));
const endOffset = z.int().check(z.positive(), z.lte(LIMITS.sourceText));
const quoted = text("a quote", LIMITS.sourceText);

/** A stretch of a source's text, with its exact quote and the passage (sentence) it lies in. */
export const SpanSchema = z.object({
  start: offset,
  end: endOffset,
  exact: quoted,
  passage: PassageIdSchema,
});

/** One sentence of a source: its number in that source, and its paragraph. */
export const PassageSchema = z.object({
  id: PassageIdSchema,
  source: slug("a source id", LIMITS.sourceId),
  number: z.int().check(z.positive(), z.lte(LIMITS.passages)),
  paragraph: z.int().check(z.positive(), z.lte(LIMITS.passages)),
  start: offset,
  end: endOffset,
  exact: quoted,
});

/**
 * Where the sources disagree about one field of a node or relation (a meeting's date, a leader's
 * title, how a relation reads): every version, each with the sources that give it. The field itself
 * holds the version most sources give; nothing any source says is dropped.
 */
export const VersionSchema = z.object({
  field: z.enum(["label", "role", "date"]),
  value: text("a version", LIMITS.name),
  sources: list(slug("a source id", LIMITS.sourceId), "sources of a version", 1, LIMITS.sources),
});
const versions = z.optional(list(VersionSchema, "versions", 2, LIMITS.versionsPerElement));

export const NodeSchema = z.object({
  id: SlugSchema,
  kind: z.enum(NODE_KINDS),
  label: text("a label", LIMITS.name),
  /** Every form the sources use for this node ("Tokayev", "Kazakh", "Kazakh-Slovenian"). */
  aliases: list(text("an alias", LIMITS.name), "aliases", 1, LIMITS.aliasesPerNode),
  /** "President of Kazakhstan", "poet": what the sources say this node is. */
  role: z.optional(text("a role", LIMITS.name)),
  date: z.optional(DateOrRangeSchema),
  /** Its mentions in every source. */
  mentions: list(SpanSchema, "mentions", 1, LIMITS.spansPerElement),
  /**
   * For an event: the sentences of its account, in reading order, whether or not they name it (a
   * report tells each meeting in a run of sentences, "the Presidents discussed ..."). What they
   * state was said at it.
   */
  account: z.optional(list(PassageIdSchema, "account", 1, LIMITS.spansPerElement)),
  /** Where the node is drawn; without it, the app lays the graph out itself. */
  position: z.optional(PositionSchema),
  /** What its sources disagree on (only in a graph of several sources). */
  versions,
});

export const EdgeSchema = z.object({
  /** "source.type.target", as the pipeline builds it. */
  id: text("a relation id", LIMITS.edgeId).check(
    z.regex(/^[a-z0-9][a-z0-9._-]*$/, "relation ids look like 'tokayev.heads.kazakhstan'"),
  ),
  type: z.enum(RELATION_TYPES),
  source: SlugSchema,
  target: SlugSchema,
  /** How the relation reads, source to target: "President of", "invites to visit Kazakhstan". */
  label: text("a relation label", LIMITS.name),
  /** The sentences that state it, from every source that does. */
  evidence: list(SpanSchema, "evidence", 1, LIMITS.spansPerElement),
  /** How each source words it, when they differ. */
  versions,
});

export const GraphShapeSchema = z.object({
  schemaVersion: z.literal(2),
  /** A name for the whole corpus; a graph of one source goes by that source's title. */
  title: z.optional(text("a title", LIMITS.title)),
  sources: list(SourceSchema, "sources", 1, LIMITS.sources),
  passages: list(PassageSchema, "passages", 1, LIMITS.passages),
  nodes: list(NodeSchema, "nodes", 1, LIMITS.nodes),
  edges: list(EdgeSchema, "relations", 0, LIMITS.edges),
});

/** A v2 graph file, every span checked: where the pipeline writes one and where the app reads one. */
export const GraphSchema = GraphShapeSchema.check(z.superRefine(checkIntegrity));

export type Graph = z.infer<typeof GraphSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type GraphNode = z.infer<typeof NodeSchema>;
export type GraphEdge = z.infer<typeof EdgeSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type Version = z.infer<typeof VersionSchema>;
export type Passage = z.infer<typeof PassageSchema>;
