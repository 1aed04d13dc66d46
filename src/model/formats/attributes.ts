import * as z from "zod/mini";
import "../graph/zodConfig";
import type { PortableEdge, PortableNode, PortableSpan } from "./portable";

/**
 * The attributes a node and a relation carry in GEXF and GraphML, each a string as those formats
 * hold them: plain words for what a spreadsheet or Gephi shows (kind, role, date, the evidence
 * sentence), JSON for what has structure (aliases, every span with its offsets and source).
 */
export const NODE_ATTRIBUTES = ["kind", "role", "date", "aliases", "mentions", "account"] as const;
export const EDGE_ATTRIBUTES = ["type", "evidence", "evidence_text", "sources"] as const;

const SentenceSchema = z.object({
  number: z.int(),
  paragraph: z.int(),
  start: z.int(),
  end: z.int(),
  exact: z.string(),
});
const SpansSchema = z.array(
  z.object({
    source: z.string(),
    passage: z.string(),
    start: z.int(),
    end: z.int(),
    exact: z.string(),
    sentence: z.optional(SentenceSchema),
  }),
);
const StringsSchema = z.array(z.string());

function json<T>(schema: z.ZodMiniType<T>, raw: string | undefined): T | undefined {
  if (raw === undefined || raw === "") return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function nodeAttributes(n: PortableNode): Record<string, string> {
  return {
    kind: n.kind ?? "",
    role: n.role ?? "",
    date: n.date ?? "",
    aliases: JSON.stringify(n.aliases ?? []),
    mentions: JSON.stringify(n.mentions ?? []),
    account: n.account ? JSON.stringify(n.account) : "",
  };
}

export function edgeAttributes(e: PortableEdge): Record<string, string> {
  const evidence = e.evidence ?? [];
  return {
    type: e.type ?? "",
    evidence: JSON.stringify(evidence),
    evidence_text: [...new Set(evidence.map((s) => s.sentence?.exact ?? s.exact))].join("\n"),
    sources: [...new Set(evidence.map((s) => s.source))].join(" "),
  };
}

/** A node from its id, label and attributes by name (names compared in lower case). */
export function nodeFrom(
  id: string,
  label: string | undefined,
  a: Map<string, string>,
): PortableNode {
  const node: PortableNode = { id };
  if (label !== undefined) node.label = label;
  const kind = a.get("kind") ?? a.get("type") ?? a.get("category");
  if (kind) node.kind = kind;
  const role = a.get("role");
  if (role) node.role = role;
  const date = a.get("date");
  if (date) node.date = date;
  const aliases = json(StringsSchema, a.get("aliases"));
  if (aliases) node.aliases = aliases;
  const mentions: PortableSpan[] | undefined = json(SpansSchema, a.get("mentions"));
  if (mentions) node.mentions = mentions;
  const account = json(StringsSchema, a.get("account"));
  if (account) node.account = account;
  return node;
}

export function edgeFrom(
  base: { id?: string; source: string; target: string; label?: string },
  a: Map<string, string>,
): PortableEdge {
  const edge: PortableEdge = { ...base };
  const type = a.get("type") ?? a.get("interaction") ?? a.get("kind");
  if (type) edge.type = type;
  const evidence: PortableSpan[] | undefined = json(SpansSchema, a.get("evidence"));
  if (evidence) edge.evidence = evidence;
  return edge;
}
