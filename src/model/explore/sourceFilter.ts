import type { Graph } from "../graph/schema";
import { provenanceOf } from "./provenance";

export interface SourceFilter {
  /** Keep only what at least this many of the sources still counted state (1: everything). */
  minSources?: number;
  /** Articles switched off: what only they state goes. */
  hiddenSources?: readonly string[];
  /** Publishers switched off (by slug): all their articles with them. */
  hiddenPublishers?: readonly string[];
}

/** Whether a filter of sources changes anything at all, so that most views skip the work. */
export function narrowsBySource(filter: SourceFilter): boolean {
  return (
    (filter.minSources ?? 1) > 1 ||
    (filter.hiddenSources?.length ?? 0) > 0 ||
    (filter.hiddenPublishers?.length ?? 0) > 0
  );
}

/**
 * The nodes and relations that enough of the counted sources state: a fact stays when at least
 * `minSources` of its sources are neither switched off nor from a publisher switched off.
 */
export function statedBySources(graph: Graph, filter: SourceFilter) {
  const provenance = provenanceOf(graph);
  const hiddenSources = new Set(filter.hiddenSources ?? []);
  const hiddenPublishers = new Set(filter.hiddenPublishers ?? []);
  const least = Math.max(1, filter.minSources ?? 1);
  const counted = (sourceId: string) => {
    if (hiddenSources.has(sourceId)) return false;
    const publisher = provenance.publisherOf(sourceId);
    return publisher === undefined || !hiddenPublishers.has(publisher);
  };
  const enough = (sources: readonly string[] | undefined) => {
    let n = 0;
    for (const s of sources ?? []) if (counted(s) && ++n >= least) return true;
    return false;
  };
  return {
    node: (id: string) => enough(provenance.nodeSources.get(id)),
    edge: (id: string) => enough(provenance.edgeSources.get(id)),
  };
}
