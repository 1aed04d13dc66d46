import type { GraphIndex } from "../../model/graph/graphIndex";
import { provenanceOf } from "../../model/explore/provenance";
import { quote, quoteList } from "../../model/text/quote";

type Say = (message: string) => void;

/** A node id the graph must have; `purpose` ends the notice ("to focus on"). */
export function existingNode(purpose = "") {
  return (id: string | null, index: GraphIndex, say: Say): string | null => {
    if (id === null || index.node(id)) return id;
    say(`This graph has no node ${quote(id)}${purpose ? ` ${purpose}` : ""}.`);
    return null;
  };
}

export function existingEdge(id: string | null, index: GraphIndex, say: Say): string | null {
  if (id === null || index.edge(id)) return id;
  say(`This graph has no relation ${quote(id)}.`);
  return null;
}

export function existingTopics(ids: string[], index: GraphIndex, say: Say): string[] {
  return keepKnown(ids, (id) => index.node(id)?.kind === "topic", "topic", say);
}

/**
 * A passage by its id; in a graph of one source, also by its number alone ("s12"), as links made
 * before passages were qualified by their source wrote it.
 */
export function existingPassage(id: string | null, index: GraphIndex, say: Say): string | null {
  if (id === null || index.passage(id)) return id;
  const [only, ...others] = index.graph.sources;
  const numbered =
    only && others.length === 0 && /^s[1-9][0-9]*$/.test(id)
      ? index.passage(`${only.id}.${id}`)
      : undefined;
  if (numbered) return numbered.id;
  say(`The article has no passage ${quote(id)}.`);
  return null;
}

/** Source ids the graph has; the others are said and dropped. */
export function existingSources(ids: string[], index: GraphIndex, say: Say): string[] {
  return keepKnown(ids, (id) => index.source(id) !== undefined, "source", say);
}

/** Publishers (by slug) the graph's sources name; the others are said and dropped. */
export function existingPublishers(ids: string[], index: GraphIndex, say: Say): string[] {
  const known = new Set(provenanceOf(index.graph).publishers.map((p) => p.id));
  return keepKnown(ids, (id) => known.has(id), "publisher", say);
}

/** The ids of a list the graph knows, in their order; the others named in one notice. */
function keepKnown(ids: string[], known: (id: string) => boolean, noun: string, say: Say) {
  const unknown = ids.filter((id) => !known(id));
  if (unknown.length === 0) return ids;
  say(`This graph has no ${noun} ${quoteList(unknown)}.`);
  return ids.filter(known);
}
