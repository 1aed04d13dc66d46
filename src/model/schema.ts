import "./zodConfig";
// zod/mini: the same schemas as classic zod, but tree-shakeable, which keeps the app's first load
// small; the pipeline's own knowledge schema uses classic zod, as it never ships.
import * as z from "zod/mini";
import { NODE_KINDS, RELATION_TYPES } from "./kinds";
import { GRAPH_LIMITS as LIMITS } from "./limits";
import { count, quote } from "./quote";

/** A string of 1 to `max` characters whose message, when too long, says how long (never echoes it). */
function text(what: string, max: number) {
  return z.string().check(
    z.minLength(1, `${what} is empty`),
    z.maxLength(max, {
      error: (issue) =>
        `${what} has ${typeof issue.input === "string" ? count(issue.input.length) : "too many"} characters; the limit is ${count(max)}`,
    }),
  );
}

/** A list of `min` to `max` items, with messages that count them. */
function list<T extends z.ZodMiniType>(item: T, what: string, min: number, max: number) {
  return z.array(item).check(
    z.minLength(min, `${what}: at least ${count(min)} needed`),
    z.maxLength(max, {
      error: (issue) =>
        `${what}: ${Array.isArray(issue.input) ? count(issue.input.length) : "too many"}; the limit is ${count(max)}`,
    }),
  );
}

/** Readable ids: they are what permalinks show. */
export const SlugSchema = text("an id", LIMITS.nodeId).check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case slugs such as 'tokayev'"),
);

export const PassageIdSchema = z
  .string()
  .check(
    z.maxLength(12, "passage ids look like 's12'"),
    z.regex(/^s[1-9][0-9]*$/, "passage ids look like 's12'"),
  );

const offset = z.int().check(z.nonnegative(), z.lte(LIMITS.articleText));
const endOffset = z.int().check(z.positive(), z.lte(LIMITS.articleText));
const quoted = text("a quote", LIMITS.articleText);

/**
 * A stretch of the article: `[start, end)` in UTF-16 code units of the NFC text (as W3C Web
 * Annotation's TextPositionSelector), with the exact quote so anyone can check it, and the sentence
 * (passage) it lies in.
 */
export const SpanSchema = z.object({
  start: offset,
  end: endOffset,
  exact: quoted,
  passage: PassageIdSchema,
});

export const PassageSchema = z.object({
  id: PassageIdSchema,
  paragraph: z.int().check(z.positive(), z.lte(LIMITS.passages)),
  start: offset,
  end: endOffset,
  exact: quoted,
});

export const NodeSchema = z.object({
  id: SlugSchema,
  kind: z.enum(NODE_KINDS),
  label: text("a label", LIMITS.name),
  /** Every form the article uses for this node ("Tokayev", "Kazakh", "Kazakh-Slovenian"). */
  aliases: list(text("an alias", LIMITS.name), "aliases", 1, LIMITS.aliasesPerNode),
  /** "President of Kazakhstan", "poet": what the article says this node is. */
  role: z.optional(text("a role", LIMITS.name)),
  /** ISO date, or year-month when the article gives only a month. */
  date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/))),
  mentions: list(SpanSchema, "mentions", 1, LIMITS.spansPerElement),
  /** Where the node is drawn: computed by the build so that everyone sees the same picture. */
  position: z.optional(z.object({ x: z.number(), y: z.number() })),
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
  /** The sentences that state it. */
  evidence: list(SpanSchema, "evidence", 1, LIMITS.spansPerElement),
});

const GraphShapeSchema = z.object({
  schemaVersion: z.literal(1),
  article: z.object({
    date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    text: text("the article", LIMITS.articleText),
  }),
  passages: list(PassageSchema, "passages", 1, LIMITS.passages),
  nodes: list(NodeSchema, "nodes", 1, LIMITS.nodes),
  edges: list(EdgeSchema, "relations", 0, LIMITS.edges),
});

type GraphShape = z.infer<typeof GraphShapeSchema>;

/** Problems a well-shaped graph can still have: dangling ids, duplicates, spans that lie. */
function checkIntegrity(graph: GraphShape, ctx: z.core.$RefinementCtx<GraphShape>): void {
  const { text } = graph.article;
  const passages = new Map(graph.passages.map((p) => [p.id, p]));
  const report = (path: (string | number)[], message: string) => {
    ctx.addIssue({ code: "custom", path, message });
  };
  const checkSpan = (
    span: { start: number; end: number; exact: string; passage?: string },
    path: (string | number)[],
  ) => {
    const at = `span [${span.start}, ${span.end})`;
    if (span.end <= span.start) {
      report(path, `${at} is empty or backwards`);
      return;
    }
    if (span.end > text.length) {
      report(path, `${at} lies outside the text, which has ${count(text.length)} characters`);
      return;
    }
    if (text.slice(span.start, span.end) !== span.exact) {
      const reads = text.slice(span.start, span.end);
      report(path, `${at} reads ${quote(reads, 40)}, not ${quote(span.exact, 40)}`);
      return;
    }
    if (span.passage === undefined) return;
    const passage = passages.get(span.passage);
    if (!passage) report(path, `${at} names passage ${quote(span.passage)}, which does not exist`);
    else if (span.start < passage.start || span.end > passage.end) {
      report(
        path,
        `${at} lies outside its passage ${quote(span.passage)} [${passage.start}, ${passage.end})`,
      );
    }
  };
  const seen = new Map<string, string>();
  const unique = (id: string, path: (string | number)[]) => {
    const first = seen.get(id);
    if (first !== undefined) report(path, `duplicate id ${quote(id)} (first used at ${first})`);
    else seen.set(id, path.slice(0, -1).join("."));
  };

  graph.passages.forEach((p, i) => {
    unique(p.id, ["passages", i, "id"]);
    checkSpan(p, ["passages", i]);
  });
  graph.nodes.forEach((node, i) => {
    unique(node.id, ["nodes", i, "id"]);
    node.mentions.forEach((m, j) => {
      checkSpan(m, ["nodes", i, "mentions", j]);
    });
  });
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  graph.edges.forEach((edge, i) => {
    unique(edge.id, ["edges", i, "id"]);
    for (const end of ["source", "target"] as const) {
      if (!nodeIds.has(edge[end])) {
        report(
          ["edges", i, end],
          `relation ${quote(edge.id)} points at missing node ${quote(edge[end])}`,
        );
      }
    }
    edge.evidence.forEach((e, j) => {
      checkSpan(e, ["edges", i, "evidence", j]);
    });
  });
}

/** The whole `graph.json`: checked where the pipeline writes it and where the app reads it. */
export const GraphSchema = GraphShapeSchema.check(z.superRefine(checkIntegrity));

export type Graph = z.infer<typeof GraphSchema>;
export type GraphNode = z.infer<typeof NodeSchema>;
export type GraphEdge = z.infer<typeof EdgeSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type Passage = z.infer<typeof PassageSchema>;
