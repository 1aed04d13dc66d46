import { z } from "zod";
import { NODE_KINDS, RELATION_TYPES } from "./kinds";

/** Readable ids: they are what permalinks show. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case slugs such as 'tokayev'");

export const PassageIdSchema = z.string().regex(/^s[1-9][0-9]*$/, "passage ids look like 's12'");

/**
 * A stretch of the article: `[start, end)` in UTF-16 code units of the NFC text (as W3C Web
 * Annotation's TextPositionSelector), with the exact quote so anyone can check it, and the sentence
 * (passage) it lies in.
 */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  exact: z.string().min(1),
  passage: PassageIdSchema,
});

export const PassageSchema = z.object({
  id: PassageIdSchema,
  paragraph: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  exact: z.string().min(1),
});

export const NodeSchema = z.object({
  id: SlugSchema,
  kind: z.enum(NODE_KINDS),
  label: z.string().min(1),
  /** Every form the article uses for this node ("Tokayev", "Kazakh", "Kazakh-Slovenian"). */
  aliases: z.array(z.string().min(1)).min(1),
  /** "President of Kazakhstan", "poet": what the article says this node is. */
  role: z.string().min(1).optional(),
  /** ISO date, or year-month when the article gives only a month. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/)
    .optional(),
  mentions: z.array(SpanSchema).min(1),
  /** Where the node is drawn: computed by the build so that everyone sees the same picture. */
  position: z.object({ x: z.number(), y: z.number() }).optional(),
});

export const EdgeSchema = z.object({
  id: z.string().min(1),
  type: z.enum(RELATION_TYPES),
  source: SlugSchema,
  target: SlugSchema,
  /** How the relation reads, source to target: "President of", "invites to visit Kazakhstan". */
  label: z.string().min(1),
  /** The sentences that state it. */
  evidence: z.array(SpanSchema).min(1),
});

const GraphShapeSchema = z.object({
  schemaVersion: z.literal(1),
  article: z.object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    text: z.string().min(1),
  }),
  passages: z.array(PassageSchema).min(1),
  nodes: z.array(NodeSchema).min(1),
  edges: z.array(EdgeSchema),
});

type GraphShape = z.infer<typeof GraphShapeSchema>;

/** Problems a well-shaped graph can still have: dangling ids, duplicates, spans that lie. */
function checkIntegrity(graph: GraphShape, ctx: z.RefinementCtx): void {
  const { text } = graph.article;
  const passages = new Map(graph.passages.map((p) => [p.id, p]));
  const report = (path: (string | number)[], message: string) => {
    ctx.addIssue({ code: "custom", path, message });
  };
  const checkSpan = (
    span: { start: number; end: number; exact: string; passage?: string },
    path: (string | number)[],
  ) => {
    if (span.end <= span.start || span.end > text.length) {
      report(path, `span [${span.start}, ${span.end}) lies outside the text`);
    } else if (text.slice(span.start, span.end) !== span.exact) {
      report(path, `span [${span.start}, ${span.end}) does not read "${span.exact}"`);
    }
    if (span.passage === undefined) return;
    const passage = passages.get(span.passage);
    if (!passage) report(path, `span names passage "${span.passage}", which does not exist`);
    else if (span.start < passage.start || span.end > passage.end) {
      report(path, `span lies outside its passage "${span.passage}"`);
    }
  };
  const seen = new Set<string>();
  const unique = (id: string, path: (string | number)[]) => {
    if (seen.has(id)) report(path, `duplicate id "${id}"`);
    seen.add(id);
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
        report(["edges", i, end], `relation "${edge.id}" points at missing node "${edge[end]}"`);
      }
    }
    edge.evidence.forEach((e, j) => {
      checkSpan(e, ["edges", i, "evidence", j]);
    });
  });
}

/** The whole `graph.json`: checked where the pipeline writes it and where the app reads it. */
export const GraphSchema = GraphShapeSchema.superRefine(checkIntegrity);

export type Graph = z.infer<typeof GraphSchema>;
export type GraphNode = z.infer<typeof NodeSchema>;
export type GraphEdge = z.infer<typeof EdgeSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type Passage = z.infer<typeof PassageSchema>;
