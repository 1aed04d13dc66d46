import { RELATIONS, type NodeKind, type RelationType } from "../../model/graph/kinds";
import type { GraphEdge, GraphNode, Passage, Span } from "../../model/graph/schema";

interface NodeDraft {
  id: string;
  kind: NodeKind;
  label: string;
  aliases: Set<string>;
  role?: string;
  date?: string;
  mentions: Map<string, Span>;
  account?: string[];
}

const spanKey = (s: Span) => `${s.start}:${s.end}`;
const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

/**
 * Collects nodes and relations as the extractor finds them, merging repeats: a node's mentions and
 * a relation's evidence are unions, kept in reading order; relation ids are `source.type.target`.
 */
export class GraphBuilder {
  private readonly nodes = new Map<string, NodeDraft>();
  private readonly edges = new Map<
    string,
    {
      type: RelationType;
      source: string;
      target: string;
      label: string;
      evidence: Map<string, Span>;
    }
  >();

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  kindOf(id: string): NodeKind | undefined {
    return this.nodes.get(id)?.kind;
  }

  node(
    id: string,
    kind: NodeKind,
    label: string,
    mentions: readonly Span[],
    extra: { role?: string; date?: string } = {},
  ): void {
    let draft = this.nodes.get(id);
    if (!draft)
      this.nodes.set(id, (draft = { id, kind, label, aliases: new Set(), mentions: new Map() }));
    if (extra.role !== undefined) draft.role ??= extra.role;
    if (extra.date !== undefined) draft.date ??= extra.date;
    for (const m of mentions) {
      draft.mentions.set(spanKey(m), m);
      draft.aliases.add(m.exact.replace(/\s+/g, " "));
    }
  }

  account(id: string, passages: readonly string[]): void {
    const draft = this.nodes.get(id);
    if (draft && passages.length > 0) draft.account = [...passages];
  }

  edge(
    type: RelationType,
    source: string,
    target: string,
    evidence: readonly Passage[],
    label?: string,
  ): void {
    if (source === target || evidence.length === 0) return;
    const id = `${source}.${type}.${target}`;
    let draft = this.edges.get(id);
    if (!draft)
      this.edges.set(
        id,
        (draft = {
          type,
          source,
          target,
          label: label ?? RELATIONS[type].phrase,
          evidence: new Map(),
        }),
      );
    for (const p of evidence)
      draft.evidence.set(p.id, { start: p.start, end: p.end, exact: p.exact, passage: p.id });
  }

  /** The nodes with at least one mention, and the relations between them, in a stable order. */
  build(kindOrder: readonly NodeKind[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
    const nodes = [...this.nodes.values()]
      .filter((n) => n.mentions.size > 0)
      .map((n): GraphNode => ({
        id: n.id,
        kind: n.kind,
        label: n.label,
        aliases: [...n.aliases].slice(0, 50),
        ...(n.role !== undefined ? { role: n.role } : {}),
        ...(n.date !== undefined ? { date: n.date } : {}),
        mentions: [...n.mentions.values()].sort(byStart).slice(0, 5000),
        ...(n.account ? { account: n.account } : {}),
      }))
      .sort(
        (a, b) =>
          kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
    const present = new Set(nodes.map((n) => n.id));
    const edges = [...this.edges.entries()]
      .filter(([, e]) => present.has(e.source) && present.has(e.target))
      .map(([id, e]): GraphEdge => ({
        id,
        type: e.type,
        source: e.source,
        target: e.target,
        label: e.label,
        evidence: [...e.evidence.values()].sort(byStart),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { nodes, edges };
  }
}
