import type { Graph, Span, Version } from "../../model/graph/schema";
import { GRAPH_LIMITS } from "../../model/graph/limits";

/**
 * The graphs to merge, with no source id and no passage id used by two of them. A source that is
 * the same article as one before it (same id, same text) keeps its id and is told apart by nothing:
 * its passages are the same, so its spans unite with the first's. Another article under a taken id
 * gets the next free one (`report-2`), its passages and spans renamed with it.
 */
export function uniqueSources(graphs: readonly Graph[]): Graph[] {
  const texts = new Map<string, string>();
  /** Which source each passage id taken so far belongs to. */
  const passageSource = new Map<string, string>();
  return graphs.map((graph) => {
    const renamed = new Map<string, string>();
    for (const source of graph.sources) {
      const known = texts.get(source.id);
      if (known === undefined || known === source.text) {
        texts.set(source.id, source.text);
        continue;
      }
      let n = 2;
      const stem = source.id.slice(0, GRAPH_LIMITS.sourceId - 4);
      while (texts.has(`${stem}-${n}`)) n++;
      renamed.set(source.id, `${stem}-${n}`);
      texts.set(`${stem}-${n}`, source.text);
    }
    const passageRename = new Map<string, string>();
    for (const p of graph.passages) {
      const source = renamed.get(p.source) ?? p.source;
      const taken = passageSource.get(p.id);
      // Version 1 files all number their passages "s1", "s2": qualified by their source here.
      if (source !== p.source || (taken !== undefined && taken !== source)) {
        const id = p.id.startsWith(`${p.source}.`)
          ? `${source}${p.id.slice(p.source.length)}`
          : `${source}.${p.id}`;
        passageRename.set(p.id, id);
      }
    }
    for (const p of graph.passages)
      passageSource.set(passageRename.get(p.id) ?? p.id, renamed.get(p.source) ?? p.source);
    if (renamed.size === 0 && passageRename.size === 0) return graph;
    const span = (s: Span): Span => ({ ...s, passage: passageRename.get(s.passage) ?? s.passage });
    const version = (v: Version): Version => ({
      ...v,
      sources: v.sources.map((s) => renamed.get(s) ?? s),
    });
    return {
      ...graph,
      sources: graph.sources.map((s) => ({ ...s, id: renamed.get(s.id) ?? s.id })),
      passages: graph.passages.map((p) => ({
        ...p,
        id: passageRename.get(p.id) ?? p.id,
        source: renamed.get(p.source) ?? p.source,
      })),
      nodes: graph.nodes.map((n) => ({
        ...n,
        mentions: n.mentions.map(span),
        ...(n.account ? { account: n.account.map((id) => passageRename.get(id) ?? id) } : {}),
        ...(n.versions ? { versions: n.versions.map(version) } : {}),
      })),
      edges: graph.edges.map((e) => ({
        ...e,
        evidence: e.evidence.map(span),
        ...(e.versions ? { versions: e.versions.map(version) } : {}),
      })),
    };
  });
}
