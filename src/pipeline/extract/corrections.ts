import { RELATIONS } from "../../model/graph/kinds";
import {
  GraphSchema,
  type Graph,
  type GraphEdge,
  type GraphNode,
  type Span,
} from "../../model/graph/schema";
import { passageContaining } from "../article";
import { findForm } from "../gazetteer";
import { KnowledgeError } from "../KnowledgeError";
import { CorrectionsSchema, type Corrections } from "./correctionsSchema";

/** Validates a corrections file, naming the first fault and where it is. */
export function parseCorrections(raw: unknown): Corrections {
  const parsed = CorrectionsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  throw new KnowledgeError(
    `knowledge file at "${issue?.path.join(".") ?? ""}"`,
    issue?.message ?? "invalid",
  );
}

/** Every occurrence of the forms in every source, as spans inside one sentence. */
function locate(graph: Graph, forms: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const source of graph.sources) {
    const passages = graph.passages.filter((p) => p.source === source.id);
    for (const form of forms) {
      for (const [start, end] of findForm(source.text, form.normalize("NFC"))) {
        const passage = passageContaining(passages, start, end);
        if (passage)
          spans.push({ start, end, exact: source.text.slice(start, end), passage: passage.id });
      }
    }
  }
  return spans;
}

function mergeNodes(into: GraphNode, from: GraphNode): GraphNode {
  const seen = new Map(
    [...into.mentions, ...from.mentions].map((m) => [`${m.passage}:${m.start}:${m.end}`, m]),
  );
  return {
    ...into,
    aliases: [...new Set([...into.aliases, ...from.aliases])].slice(0, 50),
    mentions: [...seen.values()].sort((a, b) => a.start - b.start),
  };
}

/**
 * Applies a knowledge file's corrections to an extracted graph: renames and merges, added entities
 * and aliases (found in the text), relations located by quotes, refused nodes and relations. A
 * correction the text cannot back (a form or quote not in it, an unknown id) is a KnowledgeError.
 */
export function applyCorrections(graph: Graph, raw: unknown): Graph {
  const c = parseCorrections(raw);
  const rename = new Map<string, string>(Object.entries(c.rename ?? {}));
  for (const m of c.merge ?? []) for (const id of m.from) rename.set(id, m.into);
  const ids = new Set(graph.nodes.map((n) => n.id));
  for (const [from] of rename)
    if (!ids.has(from))
      throw new KnowledgeError(`rename or merge of "${from}"`, `no node "${from}" in the graph`);

  const nodes = new Map<string, GraphNode>();
  for (const n of graph.nodes) {
    const id = rename.get(n.id) ?? n.id;
    const known = nodes.get(id);
    nodes.set(id, known ? mergeNodes(known, { ...n, id }) : { ...n, id });
  }
  for (const e of c.add ?? []) {
    const mentions = locate(graph, e.aliases);
    if (mentions.length === 0)
      throw new KnowledgeError(`entity "${e.id}"`, "none of its aliases occurs in the text");
    const known = nodes.get(e.id);
    const added: GraphNode = {
      id: e.id,
      kind: e.kind,
      label: e.label,
      aliases: e.aliases,
      mentions,
      ...(e.role ? { role: e.role } : {}),
    };
    nodes.set(e.id, known ? mergeNodes(known, added) : added);
  }
  for (const [id, forms] of Object.entries(c.aliases ?? {})) {
    const known = nodes.get(id);
    if (!known) throw new KnowledgeError(`aliases of "${id}"`, `no node "${id}" in the graph`);
    const mentions = locate(graph, forms);
    if (mentions.length === 0)
      throw new KnowledgeError(`aliases of "${id}"`, "none of them occurs in the text");
    nodes.set(id, mergeNodes(known, { ...known, aliases: forms, mentions }));
  }

  const edges = new Map<string, GraphEdge>();
  for (const e of graph.edges) {
    const source = rename.get(e.source) ?? e.source;
    const target = rename.get(e.target) ?? e.target;
    if (source === target) continue;
    const id = `${source}.${e.type}.${target}`;
    const known = edges.get(id);
    edges.set(
      id,
      known
        ? {
            ...known,
            evidence: [
              ...known.evidence,
              ...e.evidence.filter((s) => !known.evidence.some((k) => k.passage === s.passage)),
            ],
          }
        : { ...e, id, source, target },
    );
  }
  for (const r of c.relations ?? []) {
    const entry = `relation "${r.source} ${r.type} ${r.target}"`;
    for (const end of [r.source, r.target])
      if (!nodes.has(end)) throw new KnowledgeError(entry, `unknown id "${end}"`);
    const quotes = typeof r.quote === "string" ? [r.quote] : r.quote;
    const evidence = new Map<string, Span>();
    for (const q of quotes) {
      const at = graph.sources.flatMap((s) => {
        const found = s.text.indexOf(q.normalize("NFC"));
        return found === -1 ? [] : [{ source: s.id, start: found, end: found + q.length }];
      });
      if (at.length === 0) throw new KnowledgeError(entry, `quote "${q}" is not in the text`);
      for (const { source, start, end } of at) {
        for (const p of graph.passages)
          if (p.source === source && p.start < end && p.end > start)
            evidence.set(p.id, { start: p.start, end: p.end, exact: p.exact, passage: p.id });
      }
    }
    const id = `${r.source}.${r.type}.${r.target}`;
    edges.set(id, {
      id,
      type: r.type,
      source: r.source,
      target: r.target,
      label: r.label ?? RELATIONS[r.type].phrase,
      evidence: [...evidence.values()],
    });
  }
  for (const id of c.refuse?.nodes ?? []) {
    if (!nodes.delete(id))
      throw new KnowledgeError(`refused node "${id}"`, "no such node in the graph");
  }
  for (const id of c.refuse?.relations ?? []) {
    if (!edges.delete(id))
      throw new KnowledgeError(`refused relation "${id}"`, "no such relation in the graph");
  }
  const kept = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  const [first, ...rest] = graph.sources;
  const sources =
    first && c.source && rest.length === 0
      ? [{ ...first, ...c.source, id: first.id }]
      : graph.sources;
  return GraphSchema.parse({
    ...graph,
    sources,
    nodes: [...nodes.values()],
    edges: kept.sort((a, b) => (a.id < b.id ? -1 : 1)),
  });
}
