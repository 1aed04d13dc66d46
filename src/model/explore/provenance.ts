import type { Graph, Source } from "../graph/schema";
import { slugify } from "../formats/ids";

/**
 * Which sources state each fact: a relation's are those of its evidence, a node's those that mention
 * it or tell its account. Source ids in the graph's order of sources. Built once per graph.
 */
export interface Provenance {
  nodeSources: ReadonlyMap<string, readonly string[]>;
  edgeSources: ReadonlyMap<string, readonly string[]>;
  /** Each publisher (by its slug, which links carry), its name and its sources in order. */
  publishers: readonly Publisher[];
  /** The slug of a source's publisher, or undefined when the source names none. */
  publisherOf: (sourceId: string) => string | undefined;
}

export interface Publisher {
  id: string;
  name: string;
  sources: readonly Source[];
}

const cache = new WeakMap<Graph, Provenance>();

export function provenanceOf(graph: Graph): Provenance {
  let known = cache.get(graph);
  if (!known) cache.set(graph, (known = build(graph)));
  return known;
}

function build(graph: Graph): Provenance {
  const sourceOfPassage = new Map(graph.passages.map((p) => [p.id, p.source]));
  const order = new Map(graph.sources.map((s, i) => [s.id, i]));
  const sourcesOf = (passageIds: Iterable<string>): string[] => {
    const ids = new Set<string>();
    for (const id of passageIds) {
      const source = sourceOfPassage.get(id);
      if (source !== undefined) ids.add(source);
    }
    return ids.size < 2
      ? [...ids]
      : [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  };
  const nodeSources = new Map(
    graph.nodes.map((n) => [
      n.id,
      sourcesOf([...n.mentions.map((m) => m.passage), ...(n.account ?? [])]),
    ]),
  );
  const edgeSources = new Map(
    graph.edges.map((e) => [e.id, sourcesOf(e.evidence.map((s) => s.passage))]),
  );

  const publishers = new Map<string, { id: string; name: string; sources: Source[] }>();
  const publisherOfSource = new Map<string, string>();
  for (const source of graph.sources) {
    if (!source.publisher) continue;
    const id = slugify(source.publisher);
    publisherOfSource.set(source.id, id);
    const entry = publishers.get(id) ?? { id, name: source.publisher, sources: [] };
    entry.sources.push(source);
    publishers.set(id, entry);
  }
  return {
    nodeSources,
    edgeSources,
    publishers: [...publishers.values()],
    publisherOf: (sourceId) => publisherOfSource.get(sourceId),
  };
}
