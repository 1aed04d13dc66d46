import { GRAPH_LIMITS } from "../../model/graph/limits";
import type { Span } from "../../model/graph/schema";

/** Where a passage stands: its source's place among the sources, then its number. */
export type PassageRank = ReadonlyMap<string, readonly [number, number]>;

/**
 * Every span of the lists once, in reading order: source by source, sentence by sentence. A fact
 * cited more often than a graph may hold (5,000 spans) keeps the first ones.
 */
export function unionSpans(lists: readonly (readonly Span[])[], rank: PassageRank): Span[] {
  const seen = new Map<string, Span>();
  for (const list of lists)
    for (const s of list) {
      const key = `${s.passage}:${s.start}:${s.end}`;
      if (!seen.has(key)) seen.set(key, s);
    }
  const place = (s: Span) => rank.get(s.passage) ?? [Infinity, Infinity];
  return [...seen.values()]
    .sort((a, b) => {
      const [sa, na] = place(a);
      const [sb, nb] = place(b);
      return sa - sb || na - nb || a.start - b.start;
    })
    .slice(0, GRAPH_LIMITS.spansPerElement);
}
